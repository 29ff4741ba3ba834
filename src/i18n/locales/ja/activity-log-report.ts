import type { Messages } from '../../types.js';

/** Japanese: the words of <activity-log>'s audit report (the print view). Read with ../ja.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
