import type { Messages } from '../../types.js';

/** German: the words of <activity-log>'s object histories and overwrite marks. Read with ../de.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Zurück zum ganzen Protokoll',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '„{value}“ bezeichnet kein Objekt: Ein Objekt wird etwa als goal:1@3, website:2 oder user:alice angegeben.',
  'History of {object}': 'Verlauf von {object}',
  '{kind} “{name}”': '{kind} „{name}“',
  '(id {id}, website {site})': '(ID {id}, Website {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Änderungen markieren, die innerhalb von {minutes} Minuten nach der Änderung eines anderen Benutzers erfolgen',
  'website@kind of object': 'Website',
  'goal@kind of object': 'Ziel',
  'segment@kind of object': 'Segment',
  'user@kind of object': 'Benutzer',
  'report@kind of object': 'Bericht',
  'dimension@kind of object': 'Dimension',
  'annotation@kind of object': 'Anmerkung',
  'alert@kind of object': 'Benachrichtigung',
  '{kind} {id} (website {site})': '{kind} {id} (Website {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Verlauf:',
  '{user} changed this {count} minutes later': {
    one: '{user} hat dies {count} Minute später geändert',
    other: '{user} hat dies {count} Minuten später geändert',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Geändert {count} Minute nach der Änderung von {user}',
    other: 'Geändert {count} Minuten nach der Änderung von {user}',
  },
  '{user} changed this {count} hours later': {
    one: '{user} hat dies {count} Stunde später geändert',
    other: '{user} hat dies {count} Stunden später geändert',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Geändert {count} Stunde nach der Änderung von {user}',
    other: 'Geändert {count} Stunden nach der Änderung von {user}',
  },
} satisfies Partial<Messages>;
