import type { Messages } from '../../types.js';

/** Japanese: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../ja.ts, which gathers every part of the language. */
export default {
  'Choose several': '複数を選択',
  'Choose several activities': '複数のアクティビティを選択',
  'Shortcuts': 'ショートカット',
  'Not an activity type: {items}': 'アクティビティの種類ではありません: {items}',
  'IP address': 'IP アドレス',
  'Not an IP address or range': 'IP アドレスまたはアドレス範囲ではありません',
  'Activities: {list}': 'アクティビティ: {list}',
  'Website: {site}': 'ウェブサイト: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'ログイン',
  'Security-relevant changes': 'セキュリティに関わる変更',
  'Only these activities: {list}': '次のアクティビティのみ: {list}',
  'Only activities about the website {site}': 'ウェブサイト {site} に関するアクティビティのみ',
  'Only activities from the IP address or range {ip}': 'IP アドレスまたは範囲 {ip} からのアクティビティのみ',
  '{count} chosen': { other: '{count} 件を選択' },
} satisfies Partial<Messages>;
