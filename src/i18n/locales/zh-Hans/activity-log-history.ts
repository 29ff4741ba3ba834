import type { Messages } from '../../types.js';

/** Chinese (Simplified): the words of <activity-log>'s object histories and overwrite marks. Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': '返回完整日志',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '“{value}”不指向任何对象：对象的写法如 goal:1@3、website:2 或 user:alice。',
  'History of {object}': '{object}的历史记录',
  '{kind} “{name}”': '{kind}“{name}”',
  '(id {id}, website {site})': '（ID {id}，网站 {site}）',
  '(id {id})': '（ID {id}）',
  "Mark changes made within {minutes} minutes of another user's change": '标记在其他用户更改后 {minutes} 分钟内做出的更改',
  'website@kind of object': '网站',
  'goal@kind of object': '目标',
  'segment@kind of object': '分群',
  'user@kind of object': '用户',
  'report@kind of object': '报告',
  'dimension@kind of object': '维度',
  'annotation@kind of object': '注释',
  'alert@kind of object': '提醒',
  '{kind} {id} (website {site})': '{kind} {id}（网站 {site}）',
  '{kind} {id}': '{kind} {id}',
  'History:': '历史记录：',
  '{user} changed this {count} minutes later': {
    other: '{user} 在 {count} 分钟后更改了此项',
  },
  "Changed {count} minutes after {user}'s change": {
    other: '在 {user} 更改后 {count} 分钟更改',
  },
  '{user} changed this {count} hours later': {
    other: '{user} 在 {count} 小时后更改了此项',
  },
  "Changed {count} hours after {user}'s change": {
    other: '在 {user} 更改后 {count} 小时更改',
  },
} satisfies Partial<Messages>;
