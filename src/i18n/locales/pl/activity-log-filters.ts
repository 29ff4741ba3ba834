import type { Messages } from '../../types.js';

/** Polish: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../pl.ts, which gathers every part of the language. */
export default {
  'Choose several': 'Wybierz kilka',
  'Choose several activities': 'Wybierz kilka aktywności',
  'Shortcuts': 'Skróty',
  'Not an activity type: {items}': 'To nie jest typ aktywności: {items}',
  'IP address': 'Adres IP',
  'Not an IP address or range': 'To nie jest adres IP ani zakres adresów',
  'Activities: {list}': 'Aktywności: {list}',
  'Website: {site}': 'Witryna: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'Logowania',
  'Security-relevant changes': 'Zmiany istotne dla bezpieczeństwa',
  'Only these activities: {list}': 'Tylko te aktywności: {list}',
  'Only activities about the website {site}': 'Tylko aktywności dotyczące witryny {site}',
  'Only activities from the IP address or range {ip}': 'Tylko aktywności z adresu IP lub zakresu {ip}',
  '{count} chosen': { one: '{count} wybrana', few: '{count} wybrane', many: '{count} wybranych', other: '{count} wybranej' },
} satisfies Partial<Messages>;
