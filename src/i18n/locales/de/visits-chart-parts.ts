import type { Messages } from '../../types.js';

/** German: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../de.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} Anmerkung in diesem Zeitraum ({starred} mit Stern).',
    other: '{count} Anmerkungen in diesem Zeitraum (davon {starred} mit Stern).',
  },
  '{count} annotations in this range.': { one: '{count} Anmerkung in diesem Zeitraum.', other: '{count} Anmerkungen in diesem Zeitraum.' },
  '{count} annotations on {day}, {starred} starred': { one: '{count} Anmerkung am {day}, {starred} mit Stern', other: '{count} Anmerkungen am {day}, davon {starred} mit Stern' },
  '{count} annotations on {day}': { one: '{count} Anmerkung am {day}', other: '{count} Anmerkungen am {day}' },
  '{count} annotations in {period}, {starred} starred': {
    one: '{count} Anmerkung im Zeitraum {period}, {starred} mit Stern',
    other: '{count} Anmerkungen im Zeitraum {period}, davon {starred} mit Stern',
  },
  '{count} annotations in {period}': { one: '{count} Anmerkung im Zeitraum {period}', other: '{count} Anmerkungen im Zeitraum {period}' },
  'This data source has no annotations.': 'Diese Datenquelle bietet keine Anmerkungen.',
  'Could not load the annotations': 'Die Anmerkungen konnten nicht geladen werden',
  'Loading the annotations…': 'Anmerkungen werden geladen …',
  'No annotations in this range.': 'Keine Anmerkungen in diesem Zeitraum.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Anmerkungen des angezeigten Zeitraums ({from} bis {to}), nicht des vorherigen Zeitraums.',
  'by {user}': 'von {user}',
  'Starred': 'Mit Stern',

  // The PNG and SVG downloads
  'Compared with {days}': 'Im Vergleich zu {days}',
  'Compared with the previous period': 'Im Vergleich zum vorherigen Zeitraum',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Alle Websites, {from} bis {to}, Veränderung gegenüber {againstFrom} bis {againstTo}',
  'All websites, {from} to {to}': 'Alle Websites, {from} bis {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Alle Websites, Veränderung gegenüber {againstFrom} bis {againstTo}',
  'All websites': 'Alle Websites',
  '{metric} by week: from {first} to {last}': '{metric} pro Woche: von {first} auf {last}',
  '{metric} by month: from {first} to {last}': '{metric} pro Monat: von {first} auf {last}',
  '{metric} by year: from {first} to {last}': '{metric} pro Jahr: von {first} auf {last}',
  '{metric} by day: from {first} to {last}': '{metric} pro Tag: von {first} auf {last}',
  'Loading…': 'Wird geladen …',
  'Could not load the pageviews (the other figures are the chart’s own)': 'Die Seitenansichten konnten nicht geladen werden (die übrigen Zahlen sind die des Diagramms)',
  'A site’s name shows that site alone in the chart.': 'Der Name einer Website zeigt diese Website allein im Diagramm.',
  'Site': 'Website',
  'Change': 'Veränderung',
  'Pageviews': 'Seitenansichten',
  'Trend': 'Trend',
  'Total': 'Gesamt',

  // The segment picker
  'Segment: {segment}': 'Segment: {segment}',
  'Could not load the segments': 'Die Segmente konnten nicht geladen werden',
  'Loading the segments…': 'Segmente werden geladen …',
  'All visits': 'Alle Besuche',
  'No stored segment applies to these sites.': 'Für diese Websites gilt kein gespeichertes Segment.',
} satisfies Partial<Messages>;
