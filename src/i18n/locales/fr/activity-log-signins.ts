import type { Messages } from '../../types.js';

/** French: the words of <activity-log>'s sign-in and security marks. Read with ../fr.ts, which gathers every part of the language. */
export default {
  'Security-relevant: super-user access granted': 'Sensible pour la sécurité : accès super utilisateur accordé',
  'Security-relevant: admin access to a website given': 'Sensible pour la sécurité : accès administrateur à un site accordé',
  'Security-relevant: user created': 'Sensible pour la sécurité : utilisateur créé',
  'Security-relevant: token created': 'Sensible pour la sécurité : jeton créé',
  'Security-relevant: two-factor authentication disabled': 'Sensible pour la sécurité : authentification à deux facteurs désactivée',
  'Security-relevant: plugin installed': 'Sensible pour la sécurité : plugin installé',
  'From {ip} · {country}': 'Depuis {ip} · {country}',
  'From {ip}': 'Depuis {ip}',
  'From {country}': 'Depuis le pays {country}',
  '{count} logins': { one: '{count} identifiant', many: '{count} d’identifiants', other: '{count} identifiants' },
  'an unknown address': 'une adresse inconnue',
  '{count} addresses': { one: '{count} adresse', many: '{count} d’adresses', other: '{count} adresses' },
  '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.': { one: '{count} échec de connexion pour {logins} depuis {addresses} entre {from} et {to}.', many: '{count} d’échecs de connexion pour {logins} depuis {addresses} entre {from} et {to}.', other: '{count} échecs de connexion pour {logins} depuis {addresses} entre {from} et {to}.' },
  '{count} failed sign-ins for {logins} from {addresses}.': { one: '{count} échec de connexion pour {logins} depuis {addresses}.', many: '{count} d’échecs de connexion pour {logins} depuis {addresses}.', other: '{count} échecs de connexion pour {logins} depuis {addresses}.' },
  'Hide the {count} sign-ins': { one: 'Masquer la {count} tentative', many: 'Masquer les {count} de tentatives', other: 'Masquer les {count} tentatives' },
  'Show the {count} sign-ins': { one: 'Afficher la {count} tentative', many: 'Afficher les {count} de tentatives', other: 'Afficher les {count} tentatives' },
  'Then {login} signed in at {time} from {ip}.': 'Puis {login} s’est connecté à {time} depuis {ip}.',
  'Then {login} signed in at {time}.': 'Puis {login} s’est connecté à {time}.',
  'Suspicious: signed in from another address right after the failures.': 'Suspect : connexion depuis une autre adresse juste après les échecs.',
  'Suspicious: signed in from the same address right after many failures (a guessed password?).': 'Suspect : connexion depuis la même adresse juste après de nombreux échecs (un mot de passe deviné ?).',
  'Go to that sign-in': 'Aller à cette connexion',
} satisfies Partial<Messages>;
