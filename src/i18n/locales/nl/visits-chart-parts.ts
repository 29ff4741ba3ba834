import type { Messages } from '../../types.js';

/** Dutch: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../nl.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} annotatie in dit bereik ({starred} met ster).',
    other: '{count} annotaties in dit bereik (waarvan {starred} met ster).',
  },
  '{count} annotations in this range.': {
    one: '{count} annotatie in dit bereik.',
    other: '{count} annotaties in dit bereik.',
  },
  '{count} annotations on {day}, {starred} starred': {
    one: '{count} annotatie op {day}, {starred} met ster',
    other: '{count} annotaties op {day}, waarvan {starred} met ster',
  },
  '{count} annotations on {day}': {
    one: '{count} annotatie op {day}',
    other: '{count} annotaties op {day}',
  },
  '{count} annotations in {period}, {starred} starred': {
    one: '{count} annotatie in de periode {period}, {starred} met ster',
    other: '{count} annotaties in de periode {period}, waarvan {starred} met ster',
  },
  '{count} annotations in {period}': {
    one: '{count} annotatie in de periode {period}',
    other: '{count} annotaties in de periode {period}',
  },
  'This data source has no annotations.': 'Deze gegevensbron heeft geen annotaties.',
  'Could not load the annotations': 'Kan de annotaties niet laden',
  'Loading the annotations…': 'Bezig met laden van de annotaties…',
  'No annotations in this range.': 'Geen annotaties in dit bereik.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Annotaties van het getoonde bereik ({from} tot {to}), niet van de vorige periode.',
  'by {user}': 'door {user}',
  'Starred': 'Met ster',

  // The PNG and SVG downloads
  'Compared with {days}': 'Vergeleken met {days}',
  'Compared with the previous period': 'Vergeleken met de vorige periode',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Alle websites, {from} tot {to}, verandering ten opzichte van {againstFrom} tot {againstTo}',
  'All websites, {from} to {to}': 'Alle websites, {from} tot {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Alle websites, verandering ten opzichte van {againstFrom} tot {againstTo}',
  'All websites': 'Alle websites',
  '{metric} by week: from {first} to {last}': '{metric} per week: van {first} naar {last}',
  '{metric} by month: from {first} to {last}': '{metric} per maand: van {first} naar {last}',
  '{metric} by year: from {first} to {last}': '{metric} per jaar: van {first} naar {last}',
  '{metric} by day: from {first} to {last}': '{metric} per dag: van {first} naar {last}',
  'Loading…': 'Bezig met laden…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'Kan de paginaweergaven niet laden (de andere cijfers zijn die van de grafiek)',
  'A site’s name shows that site alone in the chart.': 'De naam van een website toont alleen die website in de grafiek.',
  'Site': 'Website',
  'Change': 'Verandering',
  'Pageviews': 'Paginaweergaven',
  'Trend': 'Trend',
  'Total': 'Totaal',

  // The segment picker
  'Segment: {segment}': 'Segment: {segment}',
  'Could not load the segments': 'Kan de segmenten niet laden',
  'Loading the segments…': 'Bezig met laden van de segmenten…',
  'All visits': 'Alle bezoeken',
  'No stored segment applies to these sites.': 'Geen opgeslagen segment is van toepassing op deze websites.',
} satisfies Partial<Messages>;
