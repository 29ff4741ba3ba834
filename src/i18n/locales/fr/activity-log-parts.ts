import type { Messages } from '../../types.js';

/** French: the words of <activity-log>'s on-demand parts (the filter bar and its searches, Go to…, the export, avatars). Read with ../fr.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
