import type { Messages } from '../../types.js';

/** Portuguese: the words of <activity-log>'s object histories and overwrite marks. Read with ../pt.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Voltar ao registro completo',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '“{value}” não designa nenhum objeto: um objeto é escrito, por exemplo, goal:1@3, website:2 ou user:alice.',
  'History of {object}': 'Histórico: {object}',
  '{kind} “{name}”': '{kind} “{name}”',
  '(id {id}, website {site})': '(ID {id}, site {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Marcar alterações feitas até {minutes} minutos depois da alteração de outro usuário',
  'website@kind of object': 'site',
  'goal@kind of object': 'meta',
  'segment@kind of object': 'segmento',
  'user@kind of object': 'usuário',
  'report@kind of object': 'relatório',
  'dimension@kind of object': 'dimensão',
  'annotation@kind of object': 'anotação',
  'alert@kind of object': 'alerta',
  '{kind} {id} (website {site})': '{kind} {id} (site {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Histórico:',
  '{user} changed this {count} minutes later': {
    one: '{user} alterou isto {count} minuto depois',
    many: '{user} alterou isto {count} de minutos depois',
    other: '{user} alterou isto {count} minutos depois',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Alterado {count} minuto depois da alteração de {user}',
    many: 'Alterado {count} de minutos depois da alteração de {user}',
    other: 'Alterado {count} minutos depois da alteração de {user}',
  },
  '{user} changed this {count} hours later': {
    one: '{user} alterou isto {count} hora depois',
    many: '{user} alterou isto {count} de horas depois',
    other: '{user} alterou isto {count} horas depois',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Alterado {count} hora depois da alteração de {user}',
    many: 'Alterado {count} de horas depois da alteração de {user}',
    other: 'Alterado {count} horas depois da alteração de {user}',
  },
} satisfies Partial<Messages>;
