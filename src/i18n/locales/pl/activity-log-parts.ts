import type { Messages } from '../../types.js';

/** Polish: the words of <activity-log>'s on-demand parts (the filter bar and its searches, Go to…, the export, avatars). Read with ../pl.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
