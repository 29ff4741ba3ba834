import type { Messages } from '../../types.js';

/** Polish: the words of <activity-log>'s object histories and overwrite marks. Read with ../pl.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Wróć do całego dziennika',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '„{value}” nie wskazuje żadnego obiektu: obiekt zapisuje się np. jako goal:1@3, website:2 lub user:alice.',
  'History of {object}': 'Historia: {object}',
  '{kind} “{name}”': '{kind} „{name}”',
  '(id {id}, website {site})': '(ID {id}, witryna {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Oznaczaj zmiany wprowadzone w ciągu {minutes} min od zmiany innego użytkownika',
  'website@kind of object': 'witryna',
  'goal@kind of object': 'cel',
  'segment@kind of object': 'segment',
  'user@kind of object': 'użytkownik',
  'report@kind of object': 'raport',
  'dimension@kind of object': 'wymiar',
  'annotation@kind of object': 'adnotacja',
  'alert@kind of object': 'alert',
  '{kind} {id} (website {site})': '{kind} {id} (witryna {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Historia:',
  '{user} changed this {count} minutes later': {
    one: 'Użytkownik {user} zmienił to {count} minutę później',
    few: 'Użytkownik {user} zmienił to {count} minuty później',
    many: 'Użytkownik {user} zmienił to {count} minut później',
    other: 'Użytkownik {user} zmienił to {count} minuty później',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Zmieniono {count} minutę po zmianie użytkownika {user}',
    few: 'Zmieniono {count} minuty po zmianie użytkownika {user}',
    many: 'Zmieniono {count} minut po zmianie użytkownika {user}',
    other: 'Zmieniono {count} minuty po zmianie użytkownika {user}',
  },
  '{user} changed this {count} hours later': {
    one: 'Użytkownik {user} zmienił to {count} godzinę później',
    few: 'Użytkownik {user} zmienił to {count} godziny później',
    many: 'Użytkownik {user} zmienił to {count} godzin później',
    other: 'Użytkownik {user} zmienił to {count} godziny później',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Zmieniono {count} godzinę po zmianie użytkownika {user}',
    few: 'Zmieniono {count} godziny po zmianie użytkownika {user}',
    many: 'Zmieniono {count} godzin po zmianie użytkownika {user}',
    other: 'Zmieniono {count} godziny po zmianie użytkownika {user}',
  },
} satisfies Partial<Messages>;
