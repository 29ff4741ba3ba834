import type { Messages } from '../../types.js';

/** French: the words of <activity-log>'s object histories and overwrite marks. Read with ../fr.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Retour au journal complet',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '« {value} » ne désigne aucun objet : un objet s’écrit par exemple goal:1@3, website:2 ou user:alice.',
  'History of {object}': 'Historique : {object}',
  '{kind} “{name}”': '{kind} « {name} »',
  '(id {id}, website {site})': '(ID {id}, site {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Signaler les modifications faites moins de {minutes} minutes après celle d’un autre utilisateur',
  'website@kind of object': 'site',
  'goal@kind of object': 'objectif',
  'segment@kind of object': 'segment',
  'user@kind of object': 'utilisateur',
  'report@kind of object': 'rapport',
  'dimension@kind of object': 'dimension',
  'annotation@kind of object': 'annotation',
  'alert@kind of object': 'alerte',
  '{kind} {id} (website {site})': '{kind} {id} (site {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Historique :',
  '{user} changed this {count} minutes later': {
    one: '{user} l’a modifié {count} minute plus tard',
    many: '{user} l’a modifié {count} de minutes plus tard',
    other: '{user} l’a modifié {count} minutes plus tard',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Modifié {count} minute après la modification de {user}',
    many: 'Modifié {count} de minutes après la modification de {user}',
    other: 'Modifié {count} minutes après la modification de {user}',
  },
  '{user} changed this {count} hours later': {
    one: '{user} l’a modifié {count} heure plus tard',
    many: '{user} l’a modifié {count} d’heures plus tard',
    other: '{user} l’a modifié {count} heures plus tard',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Modifié {count} heure après la modification de {user}',
    many: 'Modifié {count} d’heures après la modification de {user}',
    other: 'Modifié {count} heures après la modification de {user}',
  },
} satisfies Partial<Messages>;
