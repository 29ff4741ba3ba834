import type { Messages } from '../../types.js';

/** Simplified Chinese: the words of <activity-log>'s sign-in and security marks. Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': '涉及安全：授予了超级用户权限',
  'Security-relevant: admin access to a website given': '涉及安全：授予了网站的管理员权限',
  'Security-relevant: user created': '涉及安全：创建了用户',
  'Security-relevant: token created': '涉及安全：创建了令牌',
  'Security-relevant: two-factor authentication disabled': '涉及安全：停用了双因素身份验证',
  'Security-relevant: plugin installed': '涉及安全：安装了插件',
  'From {ip} · {country}': '来自 {ip} · {country}',
  'From {ip}': '来自 {ip}',
  'From {country}': '来自 {country}',
  '{count} logins': { other: '{count} 个登录名' },
  'an unknown address': '未知地址',
  '{count} addresses': { other: '{count} 个地址' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { other: '{from} 至 {to} 之间，来自 {addresses} 的 {logins} 登录失败 {count} 次。' },
  '{count} failed sign-ins for {logins} from {addresses}.': { other: '来自 {addresses} 的 {logins} 登录失败 {count} 次。' },
  'Hide the {count} sign-ins': { other: '隐藏这 {count} 次登录尝试' },
  'Show the {count} sign-ins': { other: '显示这 {count} 次登录尝试' },
  'Then {login} signed in at {time} from {ip}.': '随后 {login} 于 {time} 从 {ip} 登录。',
  'Then {login} signed in at {time}.': '随后 {login} 于 {time} 登录。',
  'Suspicious: signed in from another address right after the failures.': '可疑：失败后立即从另一个地址登录。',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': '可疑：多次失败后立即从同一地址登录（密码可能被猜中？）。',
  'Go to that sign-in': '转到该次登录',
} satisfies Partial<Messages>;
