import type { Messages } from '../../types.js';

/** French: the words of <activity-log>'s audit report (the print view). Read with ../fr.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
