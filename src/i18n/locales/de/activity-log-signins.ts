import type { Messages } from '../../types.js';

/** German: the words of <activity-log>'s sign-in and security marks. Read with ../de.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Sicherheitsrelevant: Superuser-Zugriff erteilt',
  'Security-relevant: admin access to a website given': 'Sicherheitsrelevant: Admin-Zugriff auf eine Website erteilt',
  'Security-relevant: user created': 'Sicherheitsrelevant: Benutzer angelegt',
  'Security-relevant: token created': 'Sicherheitsrelevant: Token erstellt',
  'Security-relevant: two-factor authentication disabled': 'Sicherheitsrelevant: Zwei-Faktor-Authentifizierung deaktiviert',
  'Security-relevant: plugin installed': 'Sicherheitsrelevant: Plugin installiert',
  'From {ip} · {country}': 'Von {ip} · {country}',
  'From {ip}': 'Von {ip}',
  'From {country}': 'Aus {country}',
  '{count} logins': { one: '{count} Anmeldename', other: '{count} Anmeldenamen' },
  'an unknown address': 'einer unbekannten Adresse',
  '{count} addresses': { one: '{count} Adresse', other: '{count} Adressen' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': {
    one: '{count} fehlgeschlagene Anmeldung für {logins} von {addresses} zwischen {from} und {to}.',
    other: '{count} fehlgeschlagene Anmeldungen für {logins} von {addresses} zwischen {from} und {to}.',
  },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} fehlgeschlagene Anmeldung für {logins} von {addresses}.', other: '{count} fehlgeschlagene Anmeldungen für {logins} von {addresses}.' },
  'Hide the {count} sign-ins': { one: 'Die {count} Anmeldung ausblenden', other: 'Die {count} Anmeldungen ausblenden' },
  'Show the {count} sign-ins': { one: 'Die {count} Anmeldung einblenden', other: 'Die {count} Anmeldungen einblenden' },
  'Then {login} signed in at {time} from {ip}.': 'Danach hat sich {login} um {time} von {ip} aus angemeldet.',
  'Then {login} signed in at {time}.': 'Danach hat sich {login} um {time} angemeldet.',
  'Suspicious: signed in from another address right after the failures.': 'Verdächtig: Anmeldung von einer anderen Adresse direkt nach den Fehlversuchen.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Verdächtig: Anmeldung von derselben Adresse direkt nach vielen Fehlversuchen (ein erratenes Passwort?).',
  'Go to that sign-in': 'Zu dieser Anmeldung',
} satisfies Partial<Messages>;
