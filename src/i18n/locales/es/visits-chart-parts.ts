import type { Messages } from '../../types.js';

/** Spanish: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../es.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} anotación en este intervalo ({starred} con estrella).',
    many: '{count} anotaciones en este intervalo ({starred} con estrella).',
    other: '{count} anotaciones en este intervalo ({starred} con estrella).',
  },
  '{count} annotations in this range.': {
    one: '{count} anotación en este intervalo.',
    many: '{count} anotaciones en este intervalo.',
    other: '{count} anotaciones en este intervalo.',
  },
  '{count} annotations on {day}, {starred} starred': {
    one: '{count} anotación el {day}, {starred} con estrella',
    many: '{count} anotaciones el {day}, {starred} con estrella',
    other: '{count} anotaciones el {day}, {starred} con estrella',
  },
  '{count} annotations on {day}': {
    one: '{count} anotación el {day}',
    many: '{count} anotaciones el {day}',
    other: '{count} anotaciones el {day}',
  },
  '{count} annotations in {period}, {starred} starred': {
    one: '{count} anotación en el periodo {period}, {starred} con estrella',
    many: '{count} anotaciones en el periodo {period}, {starred} con estrella',
    other: '{count} anotaciones en el periodo {period}, {starred} con estrella',
  },
  '{count} annotations in {period}': {
    one: '{count} anotación en el periodo {period}',
    many: '{count} anotaciones en el periodo {period}',
    other: '{count} anotaciones en el periodo {period}',
  },
  'This data source has no annotations.': 'Este origen de datos no tiene anotaciones.',
  'Could not load the annotations': 'No se pudieron cargar las anotaciones',
  'Loading the annotations…': 'Cargando las anotaciones…',
  'No annotations in this range.': 'No hay anotaciones en este intervalo.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Anotaciones del intervalo mostrado (del {from} al {to}), no del periodo anterior.',
  'by {user}': 'por {user}',
  'Starred': 'Con estrella',

  // The PNG and SVG downloads
  'Compared with {days}': 'En comparación con {days}',
  'Compared with the previous period': 'En comparación con el periodo anterior',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Todos los sitios web, del {from} al {to}; variación frente al periodo del {againstFrom} al {againstTo}',
  'All websites, {from} to {to}': 'Todos los sitios web, del {from} al {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Todos los sitios web; variación frente al periodo del {againstFrom} al {againstTo}',
  'All websites': 'Todos los sitios web',
  '{metric} by week: from {first} to {last}': '{metric} por semana: de {first} a {last}',
  '{metric} by month: from {first} to {last}': '{metric} por mes: de {first} a {last}',
  '{metric} by year: from {first} to {last}': '{metric} por año: de {first} a {last}',
  '{metric} by day: from {first} to {last}': '{metric} por día: de {first} a {last}',
  'Loading…': 'Cargando…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'No se pudieron cargar las páginas vistas (las demás cifras son las del gráfico)',
  'A site’s name shows that site alone in the chart.': 'El nombre de un sitio muestra solo ese sitio en el gráfico.',
  'Site': 'Sitio',
  'Change': 'Variación',
  'Pageviews': 'Páginas vistas',
  'Trend': 'Tendencia',
  'Total': 'Total',

  // The segment picker
  'Segment: {segment}': 'Segmento: {segment}',
  'Could not load the segments': 'No se pudieron cargar los segmentos',
  'Loading the segments…': 'Cargando los segmentos…',
  'All visits': 'Todas las visitas',
  'No stored segment applies to these sites.': 'Ningún segmento guardado se aplica a estos sitios.',
} satisfies Partial<Messages>;
