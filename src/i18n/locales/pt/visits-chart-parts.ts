import type { Messages } from '../../types.js';

/** Brazilian Portuguese: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../pt.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} anotação neste intervalo ({starred} com estrela).',
    many: '{count} anotações neste intervalo ({starred} com estrela).',
    other: '{count} anotações neste intervalo ({starred} com estrela).',
  },
  '{count} annotations in this range.': {
    one: '{count} anotação neste intervalo.',
    many: '{count} anotações neste intervalo.',
    other: '{count} anotações neste intervalo.',
  },
  '{count} annotations on {day}, {starred} starred': {
    one: '{count} anotação em {day}, {starred} com estrela',
    many: '{count} anotações em {day}, {starred} com estrela',
    other: '{count} anotações em {day}, {starred} com estrela',
  },
  '{count} annotations on {day}': {
    one: '{count} anotação em {day}',
    many: '{count} anotações em {day}',
    other: '{count} anotações em {day}',
  },
  '{count} annotations in {period}, {starred} starred': {
    one: '{count} anotação no período {period}, {starred} com estrela',
    many: '{count} anotações no período {period}, {starred} com estrela',
    other: '{count} anotações no período {period}, {starred} com estrela',
  },
  '{count} annotations in {period}': {
    one: '{count} anotação no período {period}',
    many: '{count} anotações no período {period}',
    other: '{count} anotações no período {period}',
  },
  'This data source has no annotations.': 'Esta fonte de dados não tem anotações.',
  'Could not load the annotations': 'Não foi possível carregar as anotações',
  'Loading the annotations…': 'Carregando as anotações…',
  'No annotations in this range.': 'Nenhuma anotação neste intervalo.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Anotações do intervalo exibido ({from} a {to}), não do período anterior.',
  'by {user}': 'por {user}',
  'Starred': 'Com estrela',

  // The PNG and SVG downloads
  'Compared with {days}': 'Em comparação com {days}',
  'Compared with the previous period': 'Em comparação com o período anterior',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Todos os sites, de {from} a {to}, variação em relação ao período de {againstFrom} a {againstTo}',
  'All websites, {from} to {to}': 'Todos os sites, de {from} a {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Todos os sites, variação em relação ao período de {againstFrom} a {againstTo}',
  'All websites': 'Todos os sites',
  '{metric} by week: from {first} to {last}': '{metric} por semana: de {first} para {last}',
  '{metric} by month: from {first} to {last}': '{metric} por mês: de {first} para {last}',
  '{metric} by year: from {first} to {last}': '{metric} por ano: de {first} para {last}',
  '{metric} by day: from {first} to {last}': '{metric} por dia: de {first} para {last}',
  'Loading…': 'Carregando…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'Não foi possível carregar as visualizações de página (os outros números são os do gráfico)',
  'A site’s name shows that site alone in the chart.': 'O nome de um site mostra apenas esse site no gráfico.',
  'Site': 'Site',
  'Change': 'Variação',
  'Pageviews': 'Visualizações de página',
  'Trend': 'Tendência',
  'Total': 'Total',

  // The segment picker
  'Segment: {segment}': 'Segmento: {segment}',
  'Could not load the segments': 'Não foi possível carregar os segmentos',
  'Loading the segments…': 'Carregando os segmentos…',
  'All visits': 'Todas as visitas',
  'No stored segment applies to these sites.': 'Nenhum segmento salvo se aplica a estes sites.',
} satisfies Partial<Messages>;
