import type { Messages } from '../../types.js';

/** Polish: the words of <activity-log>'s sign-in and security marks. Read with ../pl.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Istotne dla bezpieczeństwa: nadano dostęp superużytkownika',
  'Security-relevant: admin access to a website given': 'Istotne dla bezpieczeństwa: nadano dostęp administratora do witryny',
  'Security-relevant: user created': 'Istotne dla bezpieczeństwa: utworzono użytkownika',
  'Security-relevant: token created': 'Istotne dla bezpieczeństwa: utworzono token',
  'Security-relevant: two-factor authentication disabled': 'Istotne dla bezpieczeństwa: wyłączono uwierzytelnianie dwuskładnikowe',
  'Security-relevant: plugin installed': 'Istotne dla bezpieczeństwa: zainstalowano wtyczkę',
  'From {ip} · {country}': 'Z {ip} · {country}',
  'From {ip}': 'Z {ip}',
  'From {country}': 'Z kraju: {country}',
  '{count} logins': { one: '{count} loginu', few: '{count} loginów', many: '{count} loginów', other: '{count} loginu' },
  'an unknown address': 'nieznanego adresu',
  '{count} addresses': { one: '{count} adresu', few: '{count} adresów', many: '{count} adresów', other: '{count} adresu' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { one: '{count} nieudane logowanie dla {logins} z {addresses} między {from} a {to}.', few: '{count} nieudane logowania na {logins} z {addresses} między {from} a {to}.', many: '{count} nieudanych logowań na {logins} z {addresses} między {from} a {to}.', other: '{count} nieudanego logowania na {logins} z {addresses} między {from} a {to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} nieudane logowanie dla {logins} z {addresses}.', few: '{count} nieudane logowania na {logins} z {addresses}.', many: '{count} nieudanych logowań na {logins} z {addresses}.', other: '{count} nieudanego logowania na {logins} z {addresses}.' },
  'Hide the {count} sign-ins': { one: 'Ukryj {count} próbę', few: 'Ukryj {count} próby', many: 'Ukryj {count} prób', other: 'Ukryj {count} próby' },
  'Show the {count} sign-ins': { one: 'Pokaż {count} próbę', few: 'Pokaż {count} próby', many: 'Pokaż {count} prób', other: 'Pokaż {count} próby' },
  'Then {login} signed in at {time} from {ip}.': 'Następnie {login} zalogował(a) się o {time} z {ip}.',
  'Then {login} signed in at {time}.': 'Następnie {login} zalogował(a) się o {time}.',
  'Suspicious: signed in from another address right after the failures.': 'Podejrzane: logowanie z innego adresu zaraz po nieudanych próbach.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Podejrzane: logowanie z tego samego adresu zaraz po wielu nieudanych próbach (odgadnięte hasło?).',
  'Go to that sign-in': 'Przejdź do tego logowania',
} satisfies Partial<Messages>;
