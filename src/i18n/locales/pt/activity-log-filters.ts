import type { Messages } from '../../types.js';

/** Portuguese: the words of <activity-log>'s investigation filters (several activity types, website, IP). Read with ../pt.ts, which gathers every part of the language. */
export default {
  'Choose several': 'Escolher várias',
  'Choose several activities': 'Escolher várias atividades',
  'Shortcuts': 'Atalhos',
  'Not an activity type: {items}': 'Não é um tipo de atividade: {items}',
  'IP address': 'Endereço IP',
  'Not an IP address or range': 'Não é um endereço IP nem um intervalo',
  'Activities: {list}': 'Atividades: {list}',
  'Website: {site}': 'Site: {site}',
  'IP: {ip}': 'IP: {ip}',
  'Sign-ins': 'Logins',
  'Security-relevant changes': 'Alterações relevantes para a segurança',
  'Only these activities: {list}': 'Apenas estas atividades: {list}',
  'Only activities about the website {site}': 'Apenas as atividades sobre o site {site}',
  'Only activities from the IP address or range {ip}': 'Apenas as atividades do endereço IP ou intervalo {ip}',
  '{count} chosen': { one: '{count} escolhida', many: '{count} escolhidas', other: '{count} escolhidas' },
} satisfies Partial<Messages>;
