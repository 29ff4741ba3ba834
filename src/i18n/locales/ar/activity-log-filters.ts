import type { Messages } from '../../types.js';

/** Arabic: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../ar.ts, which gathers every part of the language. */
export default {
  'Choose several': 'اختيار عدة أنواع',
  'Choose several activities': 'اختيار عدة أنشطة',
  'Shortcuts': 'اختصارات',
  'Not an activity type: {items}': 'ليس نوع نشاط: {items}',
  'IP address': 'عنوان IP',
  'Not an IP address or range': 'ليس عنوان IP ولا نطاق عناوين',
  'Activities: {list}': 'الأنشطة: {list}',
  'Website: {site}': 'الموقع: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'عمليات تسجيل الدخول',
  'Security-relevant changes': 'تغييرات تمس الأمان',
  'Only these activities: {list}': 'هذه الأنشطة فقط: {list}',
  'Only activities about the website {site}': 'الأنشطة المتعلقة بالموقع {site} فقط',
  'Only activities from the IP address or range {ip}': 'الأنشطة الواردة من عنوان IP أو النطاق {ip} فقط',
  '{count} chosen': { zero: 'لم يُختر شيء ({count})', one: 'نشاط واحد مختار ({count})', two: 'نشاطان مختاران ({count})', few: '{count} أنشطة مختارة', many: '{count} نشاطًا مختارًا', other: '{count} نشاط مختار' },
} satisfies Partial<Messages>;
