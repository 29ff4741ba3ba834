/**
 * The English words of the core: the error box, parts loaded on demand, generic failures.
 * `core.*` keys. See `src/i18n/en.ts` for the conventions of every English part.
 */
export const core = {
  'core.error.title': 'Could not load the data',
  'core.error.unknown': 'Something went wrong while loading the data.',
  'core.error.authHint': 'Check the token given to this widget.',
  'core.error.permissionHint': 'Ask an administrator for access, or use a token that has it.',
  'core.retry': 'Retry',
  'core.tryAgain': 'Try again',
  // {part}: the name of the part as these two sentences need it, from the widget's own keys (English: with its article, "the table").
  'core.part.loading': 'Loading {part}…',
  'core.part.failed': 'Could not load {part}.',
  'core.part.missing': 'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).',
  'core.part.error': 'A part of this widget could not be loaded. {reason}',
} as const;
