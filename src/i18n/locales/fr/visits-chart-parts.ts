import type { Messages } from '../../types.js';

/** French: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../fr.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    one: '{count} annotation sur cette période ({starred} avec étoile).',
    many: '{count} annotations sur cette période (dont {starred} avec étoile).',
    other: '{count} annotations sur cette période (dont {starred} avec étoile).',
  },
  '{count} annotations in this range.': {
    one: '{count} annotation sur cette période.',
    many: '{count} annotations sur cette période.',
    other: '{count} annotations sur cette période.',
  },
  '{count} annotations on {day}, {starred} starred': {
    one: '{count} annotation le {day}, {starred} avec étoile',
    many: '{count} annotations le {day}, dont {starred} avec étoile',
    other: '{count} annotations le {day}, dont {starred} avec étoile',
  },
  '{count} annotations on {day}': {
    one: '{count} annotation le {day}',
    many: '{count} annotations le {day}',
    other: '{count} annotations le {day}',
  },
  '{count} annotations in {period}, {starred} starred': {
    one: '{count} annotation sur la période {period}, {starred} avec étoile',
    many: '{count} annotations sur la période {period}, dont {starred} avec étoile',
    other: '{count} annotations sur la période {period}, dont {starred} avec étoile',
  },
  '{count} annotations in {period}': {
    one: '{count} annotation sur la période {period}',
    many: '{count} annotations sur la période {period}',
    other: '{count} annotations sur la période {period}',
  },
  'This data source has no annotations.': 'Cette source de données ne fournit pas d’annotations.',
  'Could not load the annotations': 'Impossible de charger les annotations',
  'Loading the annotations…': 'Chargement des annotations…',
  'No annotations in this range.': 'Aucune annotation sur cette période.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'Annotations de la période affichée (du {from} au {to}), pas de la période précédente.',
  'by {user}': 'par {user}',
  'Starred': 'Avec étoile',

  // The PNG and SVG downloads
  'Compared with {days}': 'Comparaison : {days}',
  'Compared with the previous period': 'Comparaison avec la période précédente',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'Tous les sites, du {from} au {to}, évolution par rapport à la période du {againstFrom} au {againstTo}',
  'All websites, {from} to {to}': 'Tous les sites, du {from} au {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'Tous les sites, évolution par rapport à la période du {againstFrom} au {againstTo}',
  'All websites': 'Tous les sites',
  '{metric} by week: from {first} to {last}': '{metric} par semaine : de {first} à {last}',
  '{metric} by month: from {first} to {last}': '{metric} par mois : de {first} à {last}',
  '{metric} by year: from {first} to {last}': '{metric} par année : de {first} à {last}',
  '{metric} by day: from {first} to {last}': '{metric} par jour : de {first} à {last}',
  'Loading…': 'Chargement…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'Impossible de charger les pages vues (les autres chiffres sont ceux du graphique)',
  'A site’s name shows that site alone in the chart.': 'Le nom d’un site affiche ce site seul dans le graphique.',
  'Site': 'Site',
  'Change': 'Évolution',
  'Pageviews': 'Pages vues',
  'Trend': 'Tendance',
  'Total': 'Total',

  // The segment picker
  'Segment: {segment}': 'Segment : {segment}',
  'Could not load the segments': 'Impossible de charger les segments',
  'Loading the segments…': 'Chargement des segments…',
  'All visits': 'Toutes les visites',
  'No stored segment applies to these sites.': 'Aucun segment enregistré ne s’applique à ces sites.',
} satisfies Partial<Messages>;
