import type { Messages } from '../../types.js';

/** Japanese: the words of <activity-log>'s sign-in and security marks. Read with ../ja.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'セキュリティ上重要: スーパーユーザー権限を付与',
  'Security-relevant: admin access to a website given': 'セキュリティ上重要: ウェブサイトの管理者権限を付与',
  'Security-relevant: user created': 'セキュリティ上重要: ユーザーを作成',
  'Security-relevant: token created': 'セキュリティ上重要: トークンを作成',
  'Security-relevant: two-factor authentication disabled': 'セキュリティ上重要: 2 要素認証を無効化',
  'Security-relevant: plugin installed': 'セキュリティ上重要: プラグインをインストール',
  'From {ip} · {country}': '接続元: {ip} · {country}',
  'From {ip}': '接続元: {ip}',
  'From {country}': '接続元: {country}',
  '{count} logins': { other: '{count} 個のログイン名' },
  'an unknown address': '不明なアドレス',
  '{count} addresses': { other: '{count} 個のアドレス' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { other: '{from}〜{to} に {addresses} から {logins} へのログインが {count} 回失敗しました。' },
  '{count} failed sign-ins for {logins} from {addresses}.': { other: '{addresses} から {logins} へのログインが {count} 回失敗しました。' },
  'Hide the {count} sign-ins': { other: '{count} 件のログイン試行を隠す' },
  'Show the {count} sign-ins': { other: '{count} 件のログイン試行を表示' },
  'Then {login} signed in at {time} from {ip}.': 'その後、{login} が {time} に {ip} からログインしました。',
  'Then {login} signed in at {time}.': 'その後、{login} が {time} にログインしました。',
  'Suspicious: signed in from another address right after the failures.': '不審: 失敗の直後に別のアドレスからログインしています。',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': '不審: 多数の失敗の直後に同じアドレスからログインしています (パスワードを推測された可能性)。',
  'Go to that sign-in': 'そのログインへ移動',
} satisfies Partial<Messages>;
