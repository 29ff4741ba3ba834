import type { Messages } from '../../types.js';

/** Dutch: the words of <activity-log>'s object histories and overwrite marks. Read with ../nl.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Terug naar het hele logboek',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '“{value}” duidt geen object aan: een object schrijft u bijvoorbeeld als goal:1@3, website:2 of user:alice.',
  'History of {object}': 'Geschiedenis van {object}',
  '{kind} “{name}”': '{kind} “{name}”',
  '(id {id}, website {site})': '(ID {id}, website {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Wijzigingen markeren die binnen {minutes} minuten na de wijziging van een andere gebruiker zijn gedaan',
  'website@kind of object': 'website',
  'goal@kind of object': 'doel',
  'segment@kind of object': 'segment',
  'user@kind of object': 'gebruiker',
  'report@kind of object': 'rapport',
  'dimension@kind of object': 'dimensie',
  'annotation@kind of object': 'annotatie',
  'alert@kind of object': 'waarschuwing',
  '{kind} {id} (website {site})': '{kind} {id} (van website {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Geschiedenis:',
  '{user} changed this {count} minutes later': {
    one: '{user} wijzigde dit {count} minuut later',
    other: '{user} wijzigde dit {count} minuten later',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Gewijzigd {count} minuut na de wijziging van {user}',
    other: 'Gewijzigd {count} minuten na de wijziging van {user}',
  },
  '{user} changed this {count} hours later': {
    one: '{user} wijzigde dit {count} uur later',
    other: '{user} wijzigde dit {count} uur later',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Gewijzigd {count} uur na de wijziging van {user}',
    other: 'Gewijzigd {count} uur na de wijziging van {user}',
  },
} satisfies Partial<Messages>;
