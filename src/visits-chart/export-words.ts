/*
 * The words of the PNG and SVG images of <visits-chart> (they load with the export's code, and
 * move to a catalogue once the library has one).
 */

/** The legend of the comparison's dashed lines (the widget says it through its translator). */
export const PREVIOUS_LEGEND = 'Dashed: previous period';

/** The legend of the mark on the period in progress (the widget says it through its translator). */
export const IN_PROGRESS_LEGEND = 'Dotted, hollow point: in progress';

/** The comparison drawn, when every site's previous range is the same days (`days` in words: "March 1 – 31, 2025"). */
export const comparedWith = (days: string): string => `Compared with ${days}`;

/** The comparison drawn, when the sites' previous ranges differ (their time zones do) or are not known. */
export const COMPARED_WITH_PREVIOUS = 'Compared with the previous period';

/** The image's accessible title (SVG `<title>`): what it shows, for whom, when. */
export const imageTitle = (title: string, sites: readonly string[], range: string): string => [title, sites.join(', '), range].filter(Boolean).join(' · ');
