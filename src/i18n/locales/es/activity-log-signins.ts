import type { Messages } from '../../types.js';

/** Spanish: the words of <activity-log>'s sign-in and security marks. Read with ../es.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Relevante para la seguridad: acceso de superusuario concedido',
  'Security-relevant: admin access to a website given': 'Relevante para la seguridad: acceso de administrador a un sitio web concedido',
  'Security-relevant: user created': 'Relevante para la seguridad: usuario creado',
  'Security-relevant: token created': 'Relevante para la seguridad: token creado',
  'Security-relevant: two-factor authentication disabled': 'Relevante para la seguridad: autenticación en dos pasos desactivada',
  'Security-relevant: plugin installed': 'Relevante para la seguridad: plugin instalado',
  'From {ip} · {country}': 'Desde {ip} · {country}',
  'From {ip}': 'Desde {ip}',
  'From {country}': 'Desde {country}',
  '{count} logins': { one: '{count} nombre de usuario', many: '{count} de nombres de usuario', other: '{count} nombres de usuario' },
  'an unknown address': 'una dirección desconocida',
  '{count} addresses': { one: '{count} dirección', many: '{count} de direcciones', other: '{count} direcciones' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { one: '{count} inicio de sesión fallido para {logins} desde {addresses} entre las {from} y las {to}.', many: '{count} de inicios de sesión fallidos para {logins} desde {addresses} entre las {from} y las {to}.', other: '{count} inicios de sesión fallidos para {logins} desde {addresses} entre las {from} y las {to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} inicio de sesión fallido para {logins} desde {addresses}.', many: '{count} de inicios de sesión fallidos para {logins} desde {addresses}.', other: '{count} inicios de sesión fallidos para {logins} desde {addresses}.' },
  'Hide the {count} sign-ins': { one: 'Ocultar el {count} intento', many: 'Ocultar los {count} de intentos', other: 'Ocultar los {count} intentos' },
  'Show the {count} sign-ins': { one: 'Mostrar el {count} intento', many: 'Mostrar los {count} de intentos', other: 'Mostrar los {count} intentos' },
  'Then {login} signed in at {time} from {ip}.': 'Después, {login} inició sesión a las {time} desde {ip}.',
  'Then {login} signed in at {time}.': 'Después, {login} inició sesión a las {time}.',
  'Suspicious: signed in from another address right after the failures.': 'Sospechoso: inicio de sesión desde otra dirección justo después de los fallos.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Sospechoso: inicio de sesión desde la misma dirección justo después de muchos fallos (¿una contraseña adivinada?).',
  'Go to that sign-in': 'Ir a ese inicio de sesión',
} satisfies Partial<Messages>;
