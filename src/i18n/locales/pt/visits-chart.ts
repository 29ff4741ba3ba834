import type { Messages } from '../../types.js';

/** Brazilian Portuguese: the words of <visits-chart> (src/visits-chart/, src/api/visits-source.ts and its on-demand parts). Read with ../pt.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
