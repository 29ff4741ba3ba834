import type { Messages } from '../../types.js';

/** Dutch: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../nl.ts, which gathers every part of the language. */
export default {
  'Choose several': 'Meerdere kiezen',
  'Choose several activities': 'Meerdere activiteiten kiezen',
  'Shortcuts': 'Snelkeuzes',
  'Not an activity type: {items}': 'Geen activiteitstype: {items}',
  'IP address': 'IP-adres',
  'Not an IP address or range': 'Geen IP-adres of adresbereik',
  'Activities: {list}': 'Activiteiten: {list}',
  'Website: {site}': 'Website: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'Aanmeldingen',
  'Security-relevant changes': 'Beveiligingsrelevante wijzigingen',
  'Only these activities: {list}': 'Alleen deze activiteiten: {list}',
  'Only activities about the website {site}': 'Alleen activiteiten over de website {site}',
  'Only activities from the IP address or range {ip}': 'Alleen activiteiten vanaf het IP-adres of adresbereik {ip}',
  '{count} chosen': { one: '{count} gekozen', other: '{count} gekozen' },
} satisfies Partial<Messages>;
