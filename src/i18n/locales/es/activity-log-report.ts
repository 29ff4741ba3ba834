import type { Messages } from '../../types.js';

/** Spanish: the words of <activity-log>'s audit report (the print view). Read with ../es.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
