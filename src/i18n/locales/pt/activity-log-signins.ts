import type { Messages } from '../../types.js';

/** Portuguese: the words of <activity-log>'s sign-in and security marks. Read with ../pt.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Relevante para a segurança: acesso de superusuário concedido',
  'Security-relevant: admin access to a website given': 'Relevante para a segurança: acesso de administrador a um site concedido',
  'Security-relevant: user created': 'Relevante para a segurança: usuário criado',
  'Security-relevant: token created': 'Relevante para a segurança: token criado',
  'Security-relevant: two-factor authentication disabled': 'Relevante para a segurança: autenticação de dois fatores desativada',
  'Security-relevant: plugin installed': 'Relevante para a segurança: plugin instalado',
  'From {ip} · {country}': 'De {ip} · {country}',
  'From {ip}': 'De {ip}',
  'From {country}': 'De {country}',
  '{count} logins': { one: '{count} login', many: '{count} de logins', other: '{count} logins' },
  'an unknown address': 'um endereço desconhecido',
  '{count} addresses': { one: '{count} endereço', many: '{count} de endereços', other: '{count} endereços' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { one: '{count} falha de login para {logins} de {addresses} entre {from} e {to}.', many: '{count} de falhas de login para {logins} de {addresses} entre {from} e {to}.', other: '{count} falhas de login para {logins} de {addresses} entre {from} e {to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} falha de login para {logins} de {addresses}.', many: '{count} de falhas de login para {logins} de {addresses}.', other: '{count} falhas de login para {logins} de {addresses}.' },
  'Hide the {count} sign-ins': { one: 'Ocultar a {count} tentativa', many: 'Ocultar as {count} de tentativas', other: 'Ocultar as {count} tentativas' },
  'Show the {count} sign-ins': { one: 'Mostrar a {count} tentativa', many: 'Mostrar as {count} de tentativas', other: 'Mostrar as {count} tentativas' },
  'Then {login} signed in at {time} from {ip}.': 'Depois, {login} fez login às {time} de {ip}.',
  'Then {login} signed in at {time}.': 'Depois, {login} fez login às {time}.',
  'Suspicious: signed in from another address right after the failures.': 'Suspeito: login de outro endereço logo após as falhas.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Suspeito: login do mesmo endereço logo após muitas falhas (uma senha adivinhada?).',
  'Go to that sign-in': 'Ir para esse login',
} satisfies Partial<Messages>;
