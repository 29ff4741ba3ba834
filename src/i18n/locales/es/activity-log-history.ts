import type { Messages } from '../../types.js';

/** Spanish: the words of <activity-log>'s object histories and overwrite marks. Read with ../es.ts, which gathers every part of the language. */
export default {
  'Back to the whole log': 'Volver al registro completo',
  '“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.': '«{value}» no designa ningún objeto: un objeto se escribe, por ejemplo, goal:1@3, website:2 o user:alice.',
  'History of {object}': 'Historial: {object}',
  '{kind} “{name}”': '{kind} «{name}»',
  '(id {id}, website {site})': '(ID {id}, sitio {site})',
  '(id {id})': '(ID {id})',
  "Mark changes made within {minutes} minutes of another user's change": 'Marcar los cambios hechos menos de {minutes} minutos después del cambio de otro usuario',
  'website@kind of object': 'sitio',
  'goal@kind of object': 'objetivo',
  'segment@kind of object': 'segmento',
  'user@kind of object': 'usuario',
  'report@kind of object': 'informe',
  'dimension@kind of object': 'dimensión',
  'annotation@kind of object': 'anotación',
  'alert@kind of object': 'alerta',
  '{kind} {id} (website {site})': '{kind} {id} (sitio {site})',
  '{kind} {id}': '{kind} {id}',
  'History:': 'Historial:',
  '{user} changed this {count} minutes later': {
    one: '{user} lo cambió {count} minuto después',
    many: '{user} lo cambió {count} de minutos después',
    other: '{user} lo cambió {count} minutos después',
  },
  "Changed {count} minutes after {user}'s change": {
    one: 'Cambiado {count} minuto después del cambio de {user}',
    many: 'Cambiado {count} de minutos después del cambio de {user}',
    other: 'Cambiado {count} minutos después del cambio de {user}',
  },
  '{user} changed this {count} hours later': {
    one: '{user} lo cambió {count} hora después',
    many: '{user} lo cambió {count} de horas después',
    other: '{user} lo cambió {count} horas después',
  },
  "Changed {count} hours after {user}'s change": {
    one: 'Cambiado {count} hora después del cambio de {user}',
    many: 'Cambiado {count} de horas después del cambio de {user}',
    other: 'Cambiado {count} horas después del cambio de {user}',
  },
} satisfies Partial<Messages>;
