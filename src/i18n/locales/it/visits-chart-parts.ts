import type { Messages } from '../../types.js';

/** Italian: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../it.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} annotazione in questo intervallo ({starred} con stella).',
    many: '{count} annotazioni in questo intervallo (di cui {starred} con stella).',
    other: '{count} annotazioni in questo intervallo (di cui {starred} con stella).',
  },
  '{count} annotations in this range.': {
    one: '{count} annotazione in questo intervallo.',
    many: '{count} annotazioni in questo intervallo.',
    other: '{count} annotazioni in questo intervallo.',
  },
  '{count} annotations on {day}, {starred} starred': {
    one: '{count} annotazione in data {day}, {starred} con stella',
    many: '{count} annotazioni in data {day}, di cui {starred} con stella',
    other: '{count} annotazioni in data {day}, di cui {starred} con stella',
  },
  '{count} annotations on {day}': {
    one: '{count} annotazione in data {day}',
    many: '{count} annotazioni in data {day}',
    other: '{count} annotazioni in data {day}',
  },
  '{count} annotations in {period}, {starred} starred': {
    one: '{count} annotazione nel periodo {period}, {starred} con stella',
    many: '{count} annotazioni nel periodo {period}, di cui {starred} con stella',
    other: '{count} annotazioni nel periodo {period}, di cui {starred} con stella',
  },
  '{count} annotations in {period}': {
    one: '{count} annotazione nel periodo {period}',
    many: '{count} annotazioni nel periodo {period}',
    other: '{count} annotazioni nel periodo {period}',
  },
  'This data source has no annotations.': 'Questa origine dati non ha annotazioni.',
  'Could not load the annotations': 'Impossibile caricare le annotazioni',
  'Loading the annotations…': 'Caricamento delle annotazioni…',
  'No annotations in this range.': 'Nessuna annotazione in questo intervallo.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Annotazioni dell’intervallo mostrato (dal {from} al {to}), non del periodo precedente.',
  'by {user}': 'di {user}',
  'Starred': 'Con stella',

  // The PNG and SVG downloads
  'Compared with {days}': 'Confronto con {days}',
  'Compared with the previous period': 'Confronto con il periodo precedente',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Tutti i siti web, dal {from} al {to}, variazione rispetto al periodo dal {againstFrom} al {againstTo}',
  'All websites, {from} to {to}': 'Tutti i siti web, dal {from} al {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Tutti i siti web, variazione rispetto al periodo dal {againstFrom} al {againstTo}',
  'All websites': 'Tutti i siti web',
  '{metric} by week: from {first} to {last}': '{metric} per settimana: da {first} a {last}',
  '{metric} by month: from {first} to {last}': '{metric} per mese: da {first} a {last}',
  '{metric} by year: from {first} to {last}': '{metric} per anno: da {first} a {last}',
  '{metric} by day: from {first} to {last}': '{metric} per giorno: da {first} a {last}',
  'Loading…': 'Caricamento…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'Impossibile caricare le visualizzazioni di pagina (le altre cifre sono quelle del grafico)',
  'A site’s name shows that site alone in the chart.': 'Il nome di un sito mostra solo quel sito nel grafico.',
  'Site': 'Sito',
  'Change': 'Variazione',
  'Pageviews': 'Visualizzazioni di pagina',
  'Trend': 'Tendenza',
  'Total': 'Totale',

  // The segment picker
  'Segment: {segment}': 'Segmento: {segment}',
  'Could not load the segments': 'Impossibile caricare i segmenti',
  'Loading the segments…': 'Caricamento dei segmenti…',
  'All visits': 'Tutte le visite',
  'No stored segment applies to these sites.': 'Nessun segmento salvato si applica a questi siti.',
} satisfies Partial<Messages>;
