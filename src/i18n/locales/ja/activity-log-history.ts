import type { Messages } from '../../types.js';

/** Japanese: the words of <activity-log>'s object histories and overwrite marks. Read with ../ja.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'ログ全体に戻る',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '「{value}」はオブジェクトを示していません。オブジェクトは goal:1@3、website:2、user:alice のように指定します。',
  'History of {object}': '{object}の履歴',
  '{kind} “{name}”': '{kind}「{name}」',
  '(id {id}, website {site})': '（ID {id}、サイト{site}）',
  '(id {id})': '（ID {id}）',
  "Mark changes made within {minutes} minutes of another user's change": '他のユーザーの変更から{minutes}分以内の変更をマークする',
  'website@kind of object': 'サイト',
  'goal@kind of object': '目標',
  'segment@kind of object': 'セグメント',
  'user@kind of object': 'ユーザー',
  'report@kind of object': 'レポート',
  'dimension@kind of object': 'ディメンション',
  'annotation@kind of object': '注釈',
  'alert@kind of object': 'アラート',
  '{kind} {id} (website {site})': '{kind} {id}（サイト{site}）',
  '{kind} {id}': '{kind} {id}',
  'History:': '履歴：',
  '{user} changed this {count} minutes later': {
    other: '{user}が{count}分後に変更',
  },
  "Changed {count} minutes after {user}'s change": {
    other: '{user}の変更の{count}分後に変更',
  },
  '{user} changed this {count} hours later': {
    other: '{user}が{count}時間後に変更',
  },
  "Changed {count} hours after {user}'s change": {
    other: '{user}の変更の{count}時間後に変更',
  },
} satisfies Partial<Messages>;
