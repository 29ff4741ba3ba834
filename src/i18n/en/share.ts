/**
 * The English words of the Share / embed panel and of the warnings before sharing (loaded with
 * the panel). `embed.share.*` keys.
 */
export const share = {
  'embed.share.cannot': 'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.',
  'embed.share.before': 'Before you share',
  // The warnings before sharing.
  'embed.share.warn.matomoToken':
    'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.',
  'embed.share.warn.chatToken':
    "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.",
  'embed.share.warn.matomoNoToken': 'No token is included: the widget will show what the anonymous user may view.',
  'embed.share.warn.chatNoToken': 'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.',
  'embed.share.warn.editable': 'This copy can change settings. Embed it read-only unless the people you share it with should edit.',
  'embed.share.warn.plainHttp': 'The server address uses plain http: the token would cross the network unencrypted.',
  'embed.share.warn.userId': 'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.',
  // {today}: the chart's today attribute, as given (2024-03-10).
  'embed.share.warn.fixedDay': 'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.',
  'embed.share.activityLogScope':
    "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.",
  // The token of the shared copy.
  'embed.share.token': 'Token for the shared copy',
  'embed.share.matomoTokenHint': 'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.',
  'embed.share.chatTokenHint': 'The personal access token of a Rocket.Chat user without administration rights.',
  'embed.share.userId': 'User id of that token',
  'embed.share.userIdHint': 'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.',
  'embed.share.readOnly': 'Share read-only (nothing can be changed through the copy)',
  // The look of the shared copy.
  'embed.share.look': 'How the shared copy looks',
  'embed.share.theme': 'Theme',
  'embed.share.theme.same': 'As the widget here',
  'embed.share.theme.light': 'Light',
  'embed.share.theme.dark': 'Dark',
  'embed.share.theme.auto': "Follow the viewer's system",
  'embed.share.background': 'Background',
  'embed.share.background.same': "The widget's",
  'embed.share.background.transparent': 'Transparent',
  'embed.share.background.colour': 'A colour…',
  'embed.share.colour': 'Background colour',
  'embed.share.language': 'Language',
  'embed.share.languagePlaceholder': 'e.g. de, fr-CH',
  'embed.share.languageHint': "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.",
  'embed.share.compact': 'Compact: the data alone, without the heading, buttons and controls',
  'embed.share.controls': 'Controls the recipient may use',
  'embed.share.control.period': 'Period',
  'embed.share.control.range': 'Range',
  'embed.share.control.metric': 'Metric',
  'embed.share.control.compare': 'Comparison',
  'embed.share.control.view': 'Table view',
  'embed.share.control.export': 'Downloads',
  'embed.share.control.share': 'Share / embed',
  // Where the library's files are hosted.
  'embed.share.hosting': 'Where the widget files are hosted',
  'embed.share.hostingAddress': 'Address of the folder holding embed.html and cdn/',
  'embed.share.notDetected':
    'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.',
  // The token check and the preview.
  'embed.share.check': 'Check the token and preview',
  'embed.share.preview': 'Preview what the recipient sees',
  'embed.share.previewHint':
    'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.',
  'embed.share.checking': 'Checking the token…',
  'embed.share.superUser': 'Super user token.',
  'embed.share.verdict.superUser':
    'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.',
  'embed.share.verdict.limited': "The token was accepted and is not a super user's.",
  'embed.share.verdict.refused':
    'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.',
  'embed.share.verdict.unreachable': 'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).',
  'embed.share.stalePreview': 'The token changed since the preview: press the button again to see it with the new token.',
  // {widget}: the widget's name (embed.title.*).
  'embed.share.previewTitle': 'Preview: {widget} as the recipient sees it',
  // The three forms, and copying them.
  'embed.share.link': 'Link',
  'embed.share.linkHint': 'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.',
  'embed.share.script': 'Script tag',
  'embed.share.scriptHint':
    'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.',
  'embed.share.copy.link': 'Copy link',
  'embed.share.copy.iframe': 'Copy iframe',
  'embed.share.copy.script': 'Copy script tag',
  'embed.share.copied.link': 'Copied the link.',
  'embed.share.copied.iframe': 'Copied the iframe.',
  'embed.share.copied.script': 'Copied the script tag.',
  'embed.share.select.link': 'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  'embed.share.select.iframe': 'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  'embed.share.select.script': 'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  // The iframe snippet's title, for the recipient's page. {widget}: the widget's name (embed.title.*); {site}: the site-id attribute.
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo, site {site})',
  // {sites}: the site-id attribute, a comma-separated list.
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo, sites {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo, all sites)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Makes the iframe as tall as its widget (optional).',
} as const;
