import type { Messages } from '../../types.js';

/** Arabic: the words of <analytics-settings> (src/analytics-settings/, src/api/ of Rocket.Chat). Read with ../ar.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
