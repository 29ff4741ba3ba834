import type { Messages } from '../../types.js';

/** German: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../de.ts, which gathers every part of the language. */
export default {
  'Choose several': 'Mehrere auswählen',
  'Choose several activities': 'Mehrere Aktivitäten auswählen',
  'Shortcuts': 'Schnellauswahl',
  'Not an activity type: {items}': 'Keine Aktivitätsart: {items}',
  'IP address': 'IP-Adresse',
  'Not an IP address or range': 'Keine IP-Adresse und kein Adressbereich',
  'Activities: {list}': 'Aktivitäten: {list}',
  'Website: {site}': 'Website: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'Anmeldungen',
  'Security-relevant changes': 'Sicherheitsrelevante Änderungen',
  'Only these activities: {list}': 'Nur diese Aktivitäten: {list}',
  'Only activities about the website {site}': 'Nur Aktivitäten zur Website {site}',
  'Only activities from the IP address or range {ip}': 'Nur Aktivitäten von der IP-Adresse oder dem Adressbereich {ip}',
  '{count} chosen': { one: '{count} ausgewählt', other: '{count} ausgewählt' },
} satisfies Partial<Messages>;
