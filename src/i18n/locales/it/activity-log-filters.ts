import type { Messages } from '../../types.js';

/** Italian: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../it.ts, which gathers every part of the language. */
export default {
  'Choose several': 'Scegli più attività',
  'Choose several activities': 'Scegli più attività',
  'Shortcuts': 'Scorciatoie',
  'Not an activity type: {items}': 'Non è un tipo di attività: {items}',
  'IP address': 'Indirizzo IP',
  'Not an IP address or range': 'Non è un indirizzo IP né un intervallo',
  'Activities: {list}': 'Attività: {list}',
  'Website: {site}': 'Sito web: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'Accessi',
  'Security-relevant changes': 'Modifiche rilevanti per la sicurezza',
  'Only these activities: {list}': 'Solo queste attività: {list}',
  'Only activities about the website {site}': 'Solo le attività sul sito web {site}',
  'Only activities from the IP address or range {ip}': 'Solo le attività dall’indirizzo IP o dall’intervallo {ip}',
  '{count} chosen': { one: '{count} scelta', many: '{count} scelte', other: '{count} scelte' },
} satisfies Partial<Messages>;
