import type { Messages } from '../../types.js';

/** Simplified Chinese: the words of <activity-log>'s audit report (the print view). Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
