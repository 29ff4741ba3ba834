import type { Messages } from '../../types.js';

/** Japanese: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../ja.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    other: 'この期間の注釈は{count}件です（うちスター付き{starred}件）。',
  },
  '{count} annotations in this range.': {
    other: 'この期間の注釈は{count}件です。',
  },
  '{count} annotations on {day}, {starred} starred': {
    other: '{day}の注釈{count}件（うちスター付き{starred}件）',
  },
  '{count} annotations on {day}': {
    other: '{day}の注釈{count}件',
  },
  '{count} annotations in {period}, {starred} starred': {
    other: '{period}の注釈{count}件（うちスター付き{starred}件）',
  },
  '{count} annotations in {period}': {
    other: '{period}の注釈{count}件',
  },
  'This data source has no annotations.': 'このデータソースには注釈がありません。',
  'Could not load the annotations': '注釈を読み込めませんでした',
  'Loading the annotations…': '注釈を読み込んでいます…',
  'No annotations in this range.': 'この期間の注釈はありません。',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': '表示中の期間（{from}～{to}）の注釈です。比較期間の注釈ではありません。',
  'by {user}': '作成者：{user}',
  'Starred': 'スター付き',

  // The PNG and SVG downloads
  'Compared with {days}': '比較対象：{days}',
  'Compared with the previous period': '前の期間と比較',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'すべてのサイト、{from}～{to}、{againstFrom}～{againstTo}に対する変化',
  'All websites, {from} to {to}': 'すべてのサイト、{from}～{to}',
  'All websites, change against {againstFrom} to {againstTo}': 'すべてのサイト、{againstFrom}～{againstTo}に対する変化',
  'All websites': 'すべてのサイト',
  '{metric} by week: from {first} to {last}': '{metric}（週別）：{first}から{last}へ',
  '{metric} by month: from {first} to {last}': '{metric}（月別）：{first}から{last}へ',
  '{metric} by year: from {first} to {last}': '{metric}（年別）：{first}から{last}へ',
  '{metric} by day: from {first} to {last}': '{metric}（日別）：{first}から{last}へ',
  'Loading…': '読み込んでいます…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'ページビューを読み込めませんでした（その他の数値はグラフと同じものです）',
  'A site’s name shows that site alone in the chart.': 'サイト名を選ぶと、そのサイトだけがグラフに表示されます。',
  'Site': 'サイト',
  'Change': '変化',
  'Pageviews': 'ページビュー',
  'Trend': '推移',
  'Total': '合計',

  // The segment picker
  'Segment: {segment}': 'セグメント：{segment}',
  'Could not load the segments': 'セグメントを読み込めませんでした',
  'Loading the segments…': 'セグメントを読み込んでいます…',
  'All visits': 'すべての訪問',
  'No stored segment applies to these sites.': 'これらのサイトに適用できる保存済みセグメントはありません。',
} satisfies Partial<Messages>;
