import type { Messages } from '../../types.js';

/** Dutch: the words of <activity-log>'s sign-in and security marks. Read with ../nl.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Beveiligingsrelevant: superuser-toegang verleend',
  'Security-relevant: admin access to a website given': 'Beveiligingsrelevant: beheerderstoegang tot een website verleend',
  'Security-relevant: user created': 'Beveiligingsrelevant: gebruiker aangemaakt',
  'Security-relevant: token created': 'Beveiligingsrelevant: token aangemaakt',
  'Security-relevant: two-factor authentication disabled': 'Beveiligingsrelevant: tweestapsverificatie uitgeschakeld',
  'Security-relevant: plugin installed': 'Beveiligingsrelevant: plug-in geïnstalleerd',
  'From {ip} · {country}': 'Vanaf {ip} · {country}',
  'From {ip}': 'Vanaf {ip}',
  'From {country}': 'Vanuit {country}',
  '{count} logins': { one: '{count} gebruikersnaam', other: '{count} gebruikersnamen' },
  'an unknown address': 'een onbekend adres',
  '{count} addresses': { one: '{count} adres', other: '{count} adressen' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { one: '{count} mislukte aanmelding voor {logins} vanaf {addresses} tussen {from} en {to}.', other: '{count} mislukte aanmeldingen voor {logins} vanaf {addresses} tussen {from} en {to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} mislukte aanmelding voor {logins} vanaf {addresses}.', other: '{count} mislukte aanmeldingen voor {logins} vanaf {addresses}.' },
  'Hide the {count} sign-ins': { one: 'De {count} aanmelding verbergen', other: 'De {count} aanmeldingen verbergen' },
  'Show the {count} sign-ins': { one: 'De {count} aanmelding tonen', other: 'De {count} aanmeldingen tonen' },
  'Then {login} signed in at {time} from {ip}.': 'Daarna meldde {login} zich om {time} aan vanaf {ip}.',
  'Then {login} signed in at {time}.': 'Daarna meldde {login} zich om {time} aan.',
  'Suspicious: signed in from another address right after the failures.': 'Verdacht: aangemeld vanaf een ander adres direct na de mislukte pogingen.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Verdacht: aangemeld vanaf hetzelfde adres direct na veel mislukte pogingen (een geraden wachtwoord?).',
  'Go to that sign-in': 'Naar die aanmelding',
} satisfies Partial<Messages>;
