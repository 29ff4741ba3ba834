import type { Messages } from '../../types.js';

/** Spanish: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../es.ts, which gathers every part of the language. */
export default {
  'Choose several': 'Elegir varias',
  'Choose several activities': 'Elegir varias actividades',
  'Shortcuts': 'Atajos',
  'Not an activity type: {items}': 'No es un tipo de actividad: {items}',
  'IP address': 'Dirección IP',
  'Not an IP address or range': 'No es una dirección IP ni un rango',
  'Activities: {list}': 'Actividades: {list}',
  'Website: {site}': 'Sitio web: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'Inicios de sesión',
  'Security-relevant changes': 'Cambios relevantes para la seguridad',
  'Only these activities: {list}': 'Solo estas actividades: {list}',
  'Only activities about the website {site}': 'Solo las actividades sobre el sitio web {site}',
  'Only activities from the IP address or range {ip}': 'Solo las actividades desde la dirección IP o el rango {ip}',
  '{count} chosen': { one: '{count} elegida', many: '{count} elegidas', other: '{count} elegidas' },
} satisfies Partial<Messages>;
