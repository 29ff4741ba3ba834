import type { Messages } from '../../types.js';

/** Arabic: the words of <visits-chart>'s on-demand parts (annotations, the overview, segments, PNG/SVG/CSV downloads). Read with ../ar.ts, which gathers every part of the language. */
export default {
  // Annotations
  '{count} annotations in this range ({starred} starred).': {
    zero: '{count} تعليق توضيحي في هذا النطاق الزمني ({starred} منها مميزة بنجمة).',
    one: 'تعليق توضيحي واحد في هذا النطاق الزمني ({starred} منها مميزة بنجمة).',
    two: 'تعليقان توضيحيان في هذا النطاق الزمني ({starred} منها مميزة بنجمة).',
    few: '{count} تعليقات توضيحية في هذا النطاق الزمني ({starred} منها مميزة بنجمة).',
    many: '{count} تعليقًا توضيحيًا في هذا النطاق الزمني ({starred} منها مميزة بنجمة).',
    other: '{count} تعليق توضيحي في هذا النطاق الزمني ({starred} منها مميزة بنجمة).',
  },
  '{count} annotations in this range.': {
    zero: '{count} تعليق توضيحي في هذا النطاق الزمني.',
    one: 'تعليق توضيحي واحد في هذا النطاق الزمني.',
    two: 'تعليقان توضيحيان في هذا النطاق الزمني.',
    few: '{count} تعليقات توضيحية في هذا النطاق الزمني.',
    many: '{count} تعليقًا توضيحيًا في هذا النطاق الزمني.',
    other: '{count} تعليق توضيحي في هذا النطاق الزمني.',
  },
  '{count} annotations on {day}, {starred} starred': {
    zero: '{count} تعليق توضيحي في {day}، منها {starred} مميزة بنجمة',
    one: 'تعليق توضيحي واحد في {day}، منها {starred} مميزة بنجمة',
    two: 'تعليقان توضيحيان في {day}، منها {starred} مميزة بنجمة',
    few: '{count} تعليقات توضيحية في {day}، منها {starred} مميزة بنجمة',
    many: '{count} تعليقًا توضيحيًا في {day}، منها {starred} مميزة بنجمة',
    other: '{count} تعليق توضيحي في {day}، منها {starred} مميزة بنجمة',
  },
  '{count} annotations on {day}': {
    zero: '{count} تعليق توضيحي في {day}',
    one: 'تعليق توضيحي واحد في {day}',
    two: 'تعليقان توضيحيان في {day}',
    few: '{count} تعليقات توضيحية في {day}',
    many: '{count} تعليقًا توضيحيًا في {day}',
    other: '{count} تعليق توضيحي في {day}',
  },
  '{count} annotations in {period}, {starred} starred': {
    zero: '{count} تعليق توضيحي في الفترة {period}، منها {starred} مميزة بنجمة',
    one: 'تعليق توضيحي واحد في الفترة {period}، منها {starred} مميزة بنجمة',
    two: 'تعليقان توضيحيان في الفترة {period}، منها {starred} مميزة بنجمة',
    few: '{count} تعليقات توضيحية في الفترة {period}، منها {starred} مميزة بنجمة',
    many: '{count} تعليقًا توضيحيًا في الفترة {period}، منها {starred} مميزة بنجمة',
    other: '{count} تعليق توضيحي في الفترة {period}، منها {starred} مميزة بنجمة',
  },
  '{count} annotations in {period}': {
    zero: '{count} تعليق توضيحي في الفترة {period}',
    one: 'تعليق توضيحي واحد في الفترة {period}',
    two: 'تعليقان توضيحيان في الفترة {period}',
    few: '{count} تعليقات توضيحية في الفترة {period}',
    many: '{count} تعليقًا توضيحيًا في الفترة {period}',
    other: '{count} تعليق توضيحي في الفترة {period}',
  },
  'This data source has no annotations.': 'لا يوفر مصدر البيانات هذا تعليقات توضيحية.',
  'Could not load the annotations': 'تعذر تحميل التعليقات التوضيحية',
  'Loading the annotations…': 'جارٍ تحميل التعليقات التوضيحية…',
  'No annotations in this range.': 'لا توجد تعليقات توضيحية في هذا النطاق الزمني.',
  'Annotations of the range shown ({from} to {to}), not of the previous period.': 'التعليقات التوضيحية للنطاق المعروض (من {from} إلى {to})، لا للفترة السابقة.',
  'by {user}': 'بواسطة {user}',
  'Starred': 'مميز بنجمة',

  // The PNG and SVG downloads
  'Compared with {days}': 'مقارنةً بالفترة {days}',
  'Compared with the previous period': 'مقارنةً بالفترة السابقة',

  // The overview
  'All websites, {from} to {to}, change against {againstFrom} to {againstTo}': 'جميع المواقع، من {from} إلى {to}، والتغير مقارنةً بالفترة من {againstFrom} إلى {againstTo}',
  'All websites, {from} to {to}': 'جميع المواقع، من {from} إلى {to}',
  'All websites, change against {againstFrom} to {againstTo}': 'جميع المواقع، والتغير مقارنةً بالفترة من {againstFrom} إلى {againstTo}',
  'All websites': 'جميع المواقع',
  '{metric} by week: from {first} to {last}': '{metric} حسب الأسبوع: من {first} إلى {last}',
  '{metric} by month: from {first} to {last}': '{metric} حسب الشهر: من {first} إلى {last}',
  '{metric} by year: from {first} to {last}': '{metric} حسب السنة: من {first} إلى {last}',
  '{metric} by day: from {first} to {last}': '{metric} حسب اليوم: من {first} إلى {last}',
  'Loading…': 'جارٍ التحميل…',
  'Could not load the pageviews (the other figures are the chart’s own)': 'تعذر تحميل مشاهدات الصفحات (الأرقام الأخرى هي أرقام المخطط نفسه)',
  'A site’s name shows that site alone in the chart.': 'يعرض اسم الموقع ذلك الموقع وحده في المخطط.',
  'Site': 'الموقع',
  'Change': 'التغير',
  'Pageviews': 'مشاهدات الصفحات',
  'Trend': 'الاتجاه',
  'Total': 'الإجمالي',

  // The segment picker
  'Segment: {segment}': 'الشريحة: {segment}',
  'Could not load the segments': 'تعذر تحميل الشرائح',
  'Loading the segments…': 'جارٍ تحميل الشرائح…',
  'All visits': 'جميع الزيارات',
  'No stored segment applies to these sites.': 'لا تنطبق أي شريحة محفوظة على هذه المواقع.',
} satisfies Partial<Messages>;
