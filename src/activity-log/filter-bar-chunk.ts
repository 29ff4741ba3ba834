/**
 * The filter bar's code (filter-bar.ts), loaded once the first rows or the first error are shown
 * (a `LazyPart` of the widget). Apart from chunks.ts, which the bar itself imports for its options.
 * @internal Tests replace `load` to simulate a failed load.
 */
export const filterBarChunk = {
  load: () => import('./filter-bar.js'),
};
