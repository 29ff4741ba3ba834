import type { Messages } from '../../types.js';

/** Italian: the words of <activity-log>'s object histories and overwrite marks. Read with ../it.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Torna al registro completo',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '«{value}» non indica alcun oggetto: un oggetto si scrive ad esempio goal:1@3, website:2 o user:alice.',
  'History of {object}': 'Cronologia: {object}',
  '{kind} “{name}”': '{kind} «{name}»',
  '(id {id}, website {site})': '(ID {id}, sito {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Segnala le modifiche fatte entro {minutes} minuti da quella di un altro utente',
  'website@kind of object': 'sito',
  'goal@kind of object': 'obiettivo',
  'segment@kind of object': 'segmento',
  'user@kind of object': 'utente',
  'report@kind of object': 'report',
  'dimension@kind of object': 'dimensione',
  'annotation@kind of object': 'annotazione',
  'alert@kind of object': 'avviso',
  '{kind} {id} (website {site})': '{kind} {id} (sito {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Cronologia:',
  '{user} changed this {count} minutes later': {
    one: '{user} l’ha modificato {count} minuto dopo',
    many: '{user} l’ha modificato {count} di minuti dopo',
    other: '{user} l’ha modificato {count} minuti dopo',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Modificato {count} minuto dopo la modifica di {user}',
    many: 'Modificato {count} di minuti dopo la modifica di {user}',
    other: 'Modificato {count} minuti dopo la modifica di {user}',
  },
  '{user} changed this {count} hours later': {
    one: '{user} l’ha modificato {count} ora dopo',
    many: '{user} l’ha modificato {count} di ore dopo',
    other: '{user} l’ha modificato {count} ore dopo',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Modificato {count} ora dopo la modifica di {user}',
    many: 'Modificato {count} di ore dopo la modifica di {user}',
    other: 'Modificato {count} ore dopo la modifica di {user}',
  },
} satisfies Partial<Messages>;
