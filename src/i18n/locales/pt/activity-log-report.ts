import type { Messages } from '../../types.js';

/** Brazilian Portuguese: the words of <activity-log>'s audit report (the print view). Read with ../pt.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
