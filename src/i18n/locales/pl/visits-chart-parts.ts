import type { Messages } from '../../types.js';

/** Polish: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../pl.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} adnotacja w tym zakresie (z gwiazdką: {starred}).',
    few: '{count} adnotacje w tym zakresie (z gwiazdką: {starred}).',
    many: '{count} adnotacji w tym zakresie (z gwiazdką: {starred}).',
    other: '{count} adnotacji w tym zakresie (z gwiazdką: {starred}).',
  },
  '{count} annotations in this range.': {
    one: '{count} adnotacja w tym zakresie.',
    few: '{count} adnotacje w tym zakresie.',
    many: '{count} adnotacji w tym zakresie.',
    other: '{count} adnotacji w tym zakresie.',
  },
  '{count} annotations on {day}, {starred} starred': {
    one: '{day}: {count} adnotacja, z gwiazdką: {starred}',
    few: '{day}: {count} adnotacje, z gwiazdką: {starred}',
    many: '{day}: {count} adnotacji, z gwiazdką: {starred}',
    other: '{day}: {count} adnotacji, z gwiazdką: {starred}',
  },
  '{count} annotations on {day}': {
    one: '{day}: {count} adnotacja',
    few: '{day}: {count} adnotacje',
    many: '{day}: {count} adnotacji',
    other: '{day}: {count} adnotacji',
  },
  '{count} annotations in {period}, {starred} starred': {
    one: 'Okres {period}: {count} adnotacja, z gwiazdką: {starred}',
    few: 'Okres {period}: {count} adnotacje, z gwiazdką: {starred}',
    many: 'Okres {period}: {count} adnotacji, z gwiazdką: {starred}',
    other: 'Okres {period}: {count} adnotacji, z gwiazdką: {starred}',
  },
  '{count} annotations in {period}': {
    one: 'Okres {period}: {count} adnotacja',
    few: 'Okres {period}: {count} adnotacje',
    many: 'Okres {period}: {count} adnotacji',
    other: 'Okres {period}: {count} adnotacji',
  },
  'This data source has no annotations.': 'To źródło danych nie udostępnia adnotacji.',
  'Could not load the annotations': 'Nie udało się wczytać adnotacji',
  'Loading the annotations…': 'Wczytywanie adnotacji…',
  'No annotations in this range.': 'Brak adnotacji w tym zakresie.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Adnotacje wyświetlanego zakresu (od {from} do {to}), a nie poprzedniego okresu.',
  'by {user}': 'autor: {user}',
  'Starred': 'Z gwiazdką',

  // The PNG and SVG downloads
  'Compared with {days}': 'Porównanie z: {days}',
  'Compared with the previous period': 'Porównanie z poprzednim okresem',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Wszystkie witryny, od {from} do {to}, zmiana względem okresu od {againstFrom} do {againstTo}',
  'All websites, {from} to {to}': 'Wszystkie witryny, od {from} do {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Wszystkie witryny, zmiana względem okresu od {againstFrom} do {againstTo}',
  'All websites': 'Wszystkie witryny',
  '{metric} by week: from {first} to {last}': '{metric} według tygodni: od {first} do {last}',
  '{metric} by month: from {first} to {last}': '{metric} według miesięcy: od {first} do {last}',
  '{metric} by year: from {first} to {last}': '{metric} według lat: od {first} do {last}',
  '{metric} by day: from {first} to {last}': '{metric} według dni: od {first} do {last}',
  'Loading…': 'Wczytywanie…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'Nie udało się wczytać odsłon (pozostałe liczby pochodzą z wykresu)',
  'A site’s name shows that site alone in the chart.': 'Nazwa witryny pokazuje na wykresie tylko tę witrynę.',
  'Site': 'Witryna',
  'Change': 'Zmiana',
  'Pageviews': 'Odsłony',
  'Trend': 'Trend',
  'Total': 'Łącznie',

  // The segment picker
  'Segment: {segment}': 'Segment: {segment}',
  'Could not load the segments': 'Nie udało się wczytać segmentów',
  'Loading the segments…': 'Wczytywanie segmentów…',
  'All visits': 'Wszystkie wizyty',
  'No stored segment applies to these sites.': 'Żaden zapisany segment nie dotyczy tych witryn.',
} satisfies Partial<Messages>;
