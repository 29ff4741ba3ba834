import type { Messages } from '../../types.js';

/** Simplified Chinese: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {
  'Choose several': '选择多个',
  'Choose several activities': '选择多个活动',
  'Shortcuts': '快捷选项',
  'Not an activity type: {items}': '不是活动类型：{items}',
  'IP address': 'IP 地址',
  'Not an IP address or range': '不是 IP 地址或地址范围',
  'Activities: {list}': '活动：{list}',
  'Website: {site}': '网站：{site}',
  'IP: {ip}': 'IP：{ip}',
  'Sign-ins': '登录',
  'Security-relevant changes': '与安全相关的更改',
  'Only these activities: {list}': '仅这些活动：{list}',
  'Only activities about the website {site}': '仅关于网站 {site} 的活动',
  'Only activities from the IP address or range {ip}': '仅来自 IP 地址或范围 {ip} 的活动',
  '{count} chosen': { other: '已选 {count} 项' },
} satisfies Partial<Messages>;
