import type { Messages } from '../../types.js';

/** Brazilian Portuguese: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../pt.ts, which gathers every part of the language. */
export default {} satisfies Partial<Messages>;
