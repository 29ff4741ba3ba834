import type { Messages } from '../../types.js';

/** Arabic: the words of <activity-log>'s sign-in and security marks. Read with ../ar.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'مهم أمنيًا: منح وصول المستخدم الخارق',
  'Security-relevant: admin access to a website given': 'مهم أمنيًا: منح وصول المسؤول إلى موقع ويب',
  'Security-relevant: user created': 'مهم أمنيًا: إنشاء مستخدم',
  'Security-relevant: token created': 'مهم أمنيًا: إنشاء رمز مميز',
  'Security-relevant: two-factor authentication disabled': 'مهم أمنيًا: تعطيل المصادقة الثنائية',
  'Security-relevant: plugin installed': 'مهم أمنيًا: تثبيت مكوّن إضافي',
  'From {ip} · {country}': 'من {ip} · {country}',
  'From {ip}': 'من {ip}',
  'From {country}': 'من {country}',
  '{count} logins': { zero: '{count} اسم مستخدم', one: 'اسم مستخدم واحد', two: 'اسمَي مستخدم', few: '{count} أسماء مستخدمين', many: '{count} اسم مستخدم', other: '{count} اسم مستخدم' },
  'an unknown address': 'عنوان غير معروف',
  '{count} addresses': { zero: '{count} عنوان', one: 'عنوان واحد', two: 'عنوانين', few: '{count} عناوين', many: '{count} عنوانًا', other: '{count} عنوان' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { zero: 'لا محاولات فاشلة لتسجيل الدخول باسم {logins} من {addresses} بين {from} و{to}.', one: 'محاولة فاشلة واحدة لتسجيل الدخول باسم {logins} من {addresses} بين {from} و{to}.', two: 'محاولتان فاشلتان لتسجيل الدخول باسم {logins} من {addresses} بين {from} و{to}.', few: '{count} محاولات فاشلة لتسجيل الدخول باسم {logins} من {addresses} بين {from} و{to}.', many: '{count} محاولة فاشلة لتسجيل الدخول باسم {logins} من {addresses} بين {from} و{to}.', other: '{count} محاولة فاشلة لتسجيل الدخول باسم {logins} من {addresses} بين {from} و{to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { zero: 'لا محاولات فاشلة لتسجيل الدخول باسم {logins} من {addresses}.', one: 'محاولة فاشلة واحدة لتسجيل الدخول باسم {logins} من {addresses}.', two: 'محاولتان فاشلتان لتسجيل الدخول باسم {logins} من {addresses}.', few: '{count} محاولات فاشلة لتسجيل الدخول باسم {logins} من {addresses}.', many: '{count} محاولة فاشلة لتسجيل الدخول باسم {logins} من {addresses}.', other: '{count} محاولة فاشلة لتسجيل الدخول باسم {logins} من {addresses}.' },
  'Hide the {count} sign-ins': { zero: 'إخفاء المحاولات', one: 'إخفاء المحاولة', two: 'إخفاء المحاولتين', few: 'إخفاء المحاولات الـ{count}', many: 'إخفاء المحاولات الـ{count}', other: 'إخفاء المحاولات الـ{count}' },
  'Show the {count} sign-ins': { zero: 'عرض المحاولات', one: 'عرض المحاولة', two: 'عرض المحاولتين', few: 'عرض المحاولات الـ{count}', many: 'عرض المحاولات الـ{count}', other: 'عرض المحاولات الـ{count}' },
  'Then {login} signed in at {time} from {ip}.': 'ثم سجّل {login} الدخول في {time} من {ip}.',
  'Then {login} signed in at {time}.': 'ثم سجّل {login} الدخول في {time}.',
  'Suspicious: signed in from another address right after the failures.': 'مريب: تسجيل دخول من عنوان آخر مباشرةً بعد المحاولات الفاشلة.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'مريب: تسجيل دخول من العنوان نفسه مباشرةً بعد محاولات فاشلة كثيرة (هل خُمّنت كلمة المرور؟).',
  'Go to that sign-in': 'الانتقال إلى تسجيل الدخول هذا',
} satisfies Partial<Messages>;
