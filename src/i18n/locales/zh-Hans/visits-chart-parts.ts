import type { Messages } from '../../types.js';

/** Simplified Chinese: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../zh-Hans.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    other: '此日期范围内有 {count} 条注释（其中 {starred} 条已加星标）。',
  },
  '{count} annotations in this range.': {
    other: '此日期范围内有 {count} 条注释。',
  },
  '{count} annotations on {day}, {starred} starred': {
    other: '{day}有 {count} 条注释，其中 {starred} 条已加星标',
  },
  '{count} annotations on {day}': {
    other: '{day}有 {count} 条注释',
  },
  '{count} annotations in {period}, {starred} starred': {
    other: '{period}有 {count} 条注释，其中 {starred} 条已加星标',
  },
  '{count} annotations in {period}': {
    other: '{period}有 {count} 条注释',
  },
  'This data source has no annotations.': '此数据源不提供注释。',
  'Could not load the annotations': '无法加载注释',
  'Loading the annotations…': '正在加载注释……',
  'No annotations in this range.': '此日期范围内没有注释。',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': '显示的是当前日期范围（{from} 至 {to}）的注释，而非上一时段的注释。',
  'by {user}': '作者：{user}',
  'Starred': '已加星标',

  // The PNG and SVG downloads
  'Compared with {days}': '对比：{days}',
  'Compared with the previous period': '与上一时段对比',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': '所有网站，{from} 至 {to}，与 {againstFrom} 至 {againstTo} 相比的变化',
  'All websites, {from} to {to}': '所有网站，{from} 至 {to}',
  'All websites, change against {againstFrom} to {againstTo}': '所有网站，与 {againstFrom} 至 {againstTo} 相比的变化',
  'All websites': '所有网站',
  '{metric} by week: from {first} to {last}': '{metric}（按周）：从 {first} 到 {last}',
  '{metric} by month: from {first} to {last}': '{metric}（按月）：从 {first} 到 {last}',
  '{metric} by year: from {first} to {last}': '{metric}（按年）：从 {first} 到 {last}',
  '{metric} by day: from {first} to {last}': '{metric}（按日）：从 {first} 到 {last}',
  'Loading…': '正在加载……',
  'Could not load the pageviews (the other figures are the chart’s own)': '无法加载浏览量（其他数字与图表一致）',
  'A site’s name shows that site alone in the chart.': '网站名称可让图表只显示该网站。',
  'Site': '网站',
  'Change': '变化',
  'Pageviews': '浏览量',
  'Trend': '趋势',
  'Total': '合计',

  // The segment picker
  'Segment: {segment}': '细分：{segment}',
  'Could not load the segments': '无法加载细分',
  'Loading the segments…': '正在加载细分……',
  'All visits': '所有访问',
  'No stored segment applies to these sites.': '没有适用于这些网站的已保存细分。',
} satisfies Partial<Messages>;
