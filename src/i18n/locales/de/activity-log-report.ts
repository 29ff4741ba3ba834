import type { Messages } from '../../types.js';

/** German: the words of <activity-log>'s audit report (the print view). Read with ../de.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
