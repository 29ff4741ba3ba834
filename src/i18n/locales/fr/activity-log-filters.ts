import type { Messages } from '../../types.js';

/** French: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../fr.ts, which gathers every part of the language. */
export default {
  'Choose several': 'En choisir plusieurs',
  'Choose several activities': 'Choisir plusieurs activités',
  'Shortcuts': 'Raccourcis',
  'Not an activity type: {items}': 'Pas un type d’activité : {items}',
  'IP address': 'Adresse IP',
  'Not an IP address or range': 'Ni une adresse IP ni une plage d’adresses',
  'Activities: {list}': 'Activités : {list}',
  'Website: {site}': 'Site web : {site}',
  'IP: {ip}': 'IP : {ip}',
  'Sign-ins': 'Connexions',
  'Security-relevant changes': 'Modifications sensibles pour la sécurité',
  'Only these activities: {list}': 'Seulement ces activités : {list}',
  'Only activities about the website {site}': 'Seulement les activités concernant le site web {site}',
  'Only activities from the IP address or range {ip}': 'Seulement les activités provenant de l’adresse IP ou de la plage {ip}',
  '{count} chosen': { one: '{count} choisie', many: '{count} choisies', other: '{count} choisies' },
} satisfies Partial<Messages>;
