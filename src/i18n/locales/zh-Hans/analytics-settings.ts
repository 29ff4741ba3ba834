import type { Messages } from '../../types.js';

/** Simplified Chinese: the words of <analytics-settings> (src/analytics-settings/, src/api/ of Rocket.Chat). Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
