import type { Messages } from '../../types.js';

/** Arabic: the words of <activity-log>'s audit report (the print view). Read with ../ar.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
