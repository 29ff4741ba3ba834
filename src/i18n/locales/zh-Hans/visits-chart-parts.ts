import type { Messages } from '../../types.js';

/** Simplified Chinese: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
