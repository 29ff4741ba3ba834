import type { Messages } from '../../types.js';

/** Arabic: the words of <activity-log> (src/activity-log/, src/api/activity-source.ts and the Matomo activity catalogue). Read with ../ar.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
