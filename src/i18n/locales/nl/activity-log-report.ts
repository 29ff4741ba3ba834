import type { Messages } from '../../types.js';

/** Dutch: the words of <activity-log>'s audit report (the print view). Read with ../nl.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
