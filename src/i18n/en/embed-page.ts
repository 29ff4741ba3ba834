/** The English words of the embed page (embed.html) about what it cannot show. `embed.page.*` keys. */
export const embedPage = {
  'embed.page.notFound': 'Widget not found',
  'embed.page.nothing': 'No widget to show.',
  // {example}: a widget's tag name; {widgets}: every widget's tag name, comma-separated.
  'embed.page.noWidget': 'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.',
  // {name}: the name the address gives, as given.
  'embed.page.unknown': 'There is no widget called "{name}" to show here. Widgets: {widgets}.',
  // {widget}: the widget's name (embed.title.*).
  'embed.page.noCode': 'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.',
} as const;
