import type { Messages } from '../../types.js';

/** Polish: the words of <activity-log>'s audit report (the print view). Read with ../pl.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
