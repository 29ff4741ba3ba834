/** The English words of Rocket.Chat's two-factor confirmation, as the api layer reports it. `api.twoFactor.*` keys. */
export const twoFactor = {
  'api.twoFactor.required': 'The server asks for two-factor confirmation to save these settings.',
  'api.twoFactor.invalid': 'That two-factor code was not accepted. Try again.',
  'api.twoFactor.maxAttempts': 'Too many wrong two-factor codes: the server no longer accepts this one.',
} as const;
