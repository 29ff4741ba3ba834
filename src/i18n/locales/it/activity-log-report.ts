import type { Messages } from '../../types.js';

/** Italian: the words of <activity-log>'s audit report (the print view). Read with ../it.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
