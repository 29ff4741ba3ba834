import type { Messages } from '../../types.js';

/** Italian: the words of <activity-log>'s sign-in and security marks. Read with ../it.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Rilevante per la sicurezza: accesso Super User concesso',
  'Security-relevant: admin access to a website given': 'Rilevante per la sicurezza: accesso da amministratore a un sito concesso',
  'Security-relevant: user created': 'Rilevante per la sicurezza: utente creato',
  'Security-relevant: token created': 'Rilevante per la sicurezza: token creato',
  'Security-relevant: two-factor authentication disabled': 'Rilevante per la sicurezza: autenticazione a due fattori disattivata',
  'Security-relevant: plugin installed': 'Rilevante per la sicurezza: plugin installato',
  'From {ip} · {country}': 'Da {ip} · {country}',
  'From {ip}': 'Da {ip}',
  'From {country}': 'Da {country}',
  '{count} logins': { one: '{count} nome utente', many: '{count} di nomi utente', other: '{count} nomi utente' },
  'an unknown address': 'un indirizzo sconosciuto',
  '{count} addresses': { one: '{count} indirizzo', many: '{count} di indirizzi', other: '{count} indirizzi' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { one: '{count} accesso non riuscito per {logins} da {addresses} tra le {from} e le {to}.', many: '{count} di accessi non riusciti per {logins} da {addresses} tra le {from} e le {to}.', other: '{count} accessi non riusciti per {logins} da {addresses} tra le {from} e le {to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} accesso non riuscito per {logins} da {addresses}.', many: '{count} di accessi non riusciti per {logins} da {addresses}.', other: '{count} accessi non riusciti per {logins} da {addresses}.' },
  'Hide the {count} sign-ins': { one: 'Nascondi il {count} tentativo', many: 'Nascondi i {count} di tentativi', other: 'Nascondi i {count} tentativi' },
  'Show the {count} sign-ins': { one: 'Mostra il {count} tentativo', many: 'Mostra i {count} di tentativi', other: 'Mostra i {count} tentativi' },
  'Then {login} signed in at {time} from {ip}.': 'Poi {login} ha effettuato l’accesso alle {time} da {ip}.',
  'Then {login} signed in at {time}.': 'Poi {login} ha effettuato l’accesso alle {time}.',
  'Suspicious: signed in from another address right after the failures.': 'Sospetto: accesso da un altro indirizzo subito dopo i tentativi falliti.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Sospetto: accesso dallo stesso indirizzo subito dopo molti tentativi falliti (una password indovinata?).',
  'Go to that sign-in': 'Vai a quell’accesso',
} satisfies Partial<Messages>;
