import type { Messages } from '../types.js';
import activityLog from './de/activity-log.js';
import visitsChart from './de/visits-chart.js';
import analyticsSettings from './de/analytics-settings.js';
import activityLogParts from './de/activity-log-parts.js';
import activityLogReport from './de/activity-log-report.js';
import activityLogSignins from './de/activity-log-signins.js';
import activityLogHistory from './de/activity-log-history.js';
import activityLogFilters from './de/activity-log-filters.js';
import visitsChartParts from './de/visits-chart-parts.js';

/**
 * German (Deutsch). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with German's categories (one, other). The
 * reader is addressed with "Sie", as Matomo and Rocket.Chat do in German.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written without
 * article, so that "{part} wird geladen …" reads "Bereich „Teilen / Einbetten“ wird geladen …".
 */
export default {
  ...activityLog,
  ...visitsChart,
  ...analyticsSettings,
  ...activityLogParts,
  ...activityLogReport,
  ...activityLogSignins,
  ...activityLogHistory,
  ...activityLogFilters,
  ...visitsChartParts,
  'Could not load the data': 'Die Daten konnten nicht geladen werden',
  'Something went wrong while loading the data.': 'Beim Laden der Daten ist etwas schiefgegangen.',
  'Check the token given to this widget.': 'Prüfen Sie das Token, das diesem Widget übergeben wurde.',
  'Ask an administrator for access, or use a token that has it.': 'Bitten Sie die Administration um Zugriff, oder verwenden Sie ein Token mit dieser Berechtigung.',
  'Retry': 'Erneut versuchen',
  'Try again': 'Nochmals versuchen',
  'Loading {part}…': '{part} wird geladen …',
  'Could not load {part}.': '{part} konnte nicht geladen werden.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'Der Programmcode ist nicht angekommen: Prüfen Sie die Netzwerkverbindung (eine selbst gehostete Kopie muss den Ordner „chunks“ neben dem Bundle bereitstellen).',
  'A part of this widget could not be loaded. {reason}': 'Ein Teil dieses Widgets konnte nicht geladen werden. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'Es ist keine Serveradresse eingestellt: Setzen Sie das Attribut api-base (oder ein <dashboard-config>).',
  'the configured address': 'der eingestellten Adresse',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'Der Server unter {server} hat von einer anderen Adresse aus geantwortet (eine Weiterleitung, der nicht gefolgt wird); prüfen Sie api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'Der Server unter {server} ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse; läuft der Server, lässt er Anfragen von dieser Seite womöglich nicht zu (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'Der Server hat nicht innerhalb von {count} Sekunde geantwortet.',
    other: 'Der Server hat nicht innerhalb von {count} Sekunden geantwortet.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'Der Server hat das Zugriffstoken nicht akzeptiert: Es fehlt, ist ungültig oder abgelaufen.',
  'This account does not have permission for this.': 'Dieses Konto hat dafür keine Berechtigung.',
  'The server failed (HTTP {status}). Try again later.': 'Fehler auf dem Server (HTTP {status}). Versuchen Sie es später erneut.',
  'The server failed (HTTP {status}).': 'Fehler auf dem Server (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'Der Server hat eine leere Antwort gesendet (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'Der Server hat eine Webseite statt Daten gesendet (HTTP {status}). Prüfen Sie die Serveradresse.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'Die Antwort des Servers ist kein gültiges JSON (HTTP {status}); sie wurde womöglich abgeschnitten.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'Die Antwort des Servers ist zu groß ({size} MB oder mehr, die Grenze liegt bei {limit} MB); sie wurde nicht gelesen.',

  'The server reported an error without a message.': 'Der Server hat einen Fehler ohne Meldung gemeldet.',
  'The server did not accept the access token. ({detail})': 'Der Server hat das Zugriffstoken nicht akzeptiert. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} Es wurde kein Token angegeben: Diese Daten erfordern eines.',
  'The server answered with an error (HTTP {status}).': 'Der Server hat mit einem Fehler geantwortet (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'Der Server hat eine Sammelanfrage falsch beantwortet (Aufrufe: {asked}, Ergebnisse: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'Der Server hat eine Sammelanfrage ohne Ergebnisliste beantwortet (Aufrufe: {asked}).',
  'The server sent {found} where {expected} was expected.': 'Der Server hat {found} gesendet, wo {expected} erwartet wurde.',
  'an empty value': 'einen leeren Wert',
  'a list': 'eine Liste',
  'a long text': 'einen langen Text',
  'the text "{text}"': 'den Text „{text}“',
  'an object': 'ein Objekt',
  '{type} {value}': '{type} {value}',
  'a list of activities': 'eine Liste von Aktivitäten',
  'the number of activities (a number)': 'die Anzahl der Aktivitäten (eine Zahl)',
  'a list of logins': 'eine Liste von Anmeldenamen',
  'whether this is a super user (yes or no)': 'die Angabe, ob dies ein Super-User ist (ja oder nein)',
  'a list of sites': 'eine Liste von Websites',
  'visits per site': 'Besuche je Website',
  'visits per period': 'Besuche je Zeitraum',
  'a list of segments': 'eine Liste von Segmenten',
  'a list of websites': 'eine Liste von Websites',
  'The server sent {found} where the annotations of each site were expected.':
    'Der Server hat {found} gesendet, wo die Anmerkungen der einzelnen Websites erwartet wurden.',
  'The server sent {found} where the annotations of site {site} were expected.':
    'Der Server hat {found} gesendet, wo die Anmerkungen der Website {site} erwartet wurden.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'Es ist keine Website eingestellt: Setzen Sie das Attribut site-id (eine ID, eine kommagetrennte Liste oder „all“).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'Das Datum „{date}“ kann das Widget nicht lesen: Verwenden Sie lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD oder einen benannten Zeitraum wie this-month.',
  "The server's answer has no visits for site {id}.": 'Die Antwort des Servers enthält keine Besuche für Website {id}.',
  'The server sent no metrics for the period {period}.': 'Der Server hat für den Zeitraum {period} keine Kennzahlen gesendet.',
  'Site {id}': 'Website {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'Der Server unter {server} hat das Zugriffstoken abgelehnt: Prüfen Sie es, oder erneuern Sie es in Matomo (Persönlich › Sicherheit › Auth-Tokens). Jede Ablehnung zählt als fehlgeschlagene Anmeldung; nach etwa 20 sperrt Matomo dieses Netzwerk für eine Weile.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk: Der Server unter {server} lehnt dessen Anfragen vorerst ab. Versuchen Sie es später erneut (in etwa 30 Minuten), oder bitten Sie die Administration des Servers, diese Adresse freizugeben.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'Der Server unter {server} ist nicht erreichbar oder antwortet dieser Seite nicht: Prüfen Sie die Adresse und das Netzwerk und ob cors_domains in Matomo {page} enthält. (Ein Netzwerk, das nach zu vielen fehlgeschlagenen Anmeldungen gesperrt ist, sieht genauso aus: Versuchen Sie es später erneut.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'Unter dieser Adresse gibt es keine Matomo-API (HTTP 404). Prüfen Sie api-base: Es muss auf das Stammverzeichnis von Matomo zeigen.',

  'The server did not accept the user id and token.': 'Der Server hat Benutzer-ID und Token nicht akzeptiert.',
  'The server did not accept the user id and token ({detail}).': 'Der Server hat Benutzer-ID und Token nicht akzeptiert ({detail}).',
  'This account may not do this.': 'Dieses Konto darf das nicht.',
  'This account may not do this ({detail}).': 'Dieses Konto darf das nicht ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.':
    'Unter dieser Adresse gibt es keine Rocket.Chat-API (HTTP 404). Prüfen Sie api-base: Es muss auf das Stammverzeichnis des Servers zeigen.',
  "The server's answer is not an object (HTTP {status}).": 'Die Antwort des Servers ist kein Objekt (HTTP {status}).',
  'The server sent no list of settings.': 'Der Server hat keine Liste von Einstellungen gesendet.',
  'The server sent no list of public settings.': 'Der Server hat keine Liste öffentlicher Einstellungen gesendet.',
  'The server listed none of these settings publicly.': 'Der Server gibt keine dieser Einstellungen öffentlich heraus.',
  "The server's answer for setting {id} has no value.": 'Die Antwort des Servers zur Einstellung {id} enthält keinen Wert.',
  'The server sent no list of permissions.': 'Der Server hat keine Liste von Berechtigungen gesendet.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Keine Rolle dieses Kontos ({roles}) hat edit-privileged-setting oder manage-selected-settings.',
  'none': 'keine',
  'This account may change only some settings (manage-selected-settings), none of these.': 'Dieses Konto darf nur einige Einstellungen ändern (manage-selected-settings), keine von diesen.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'Dieses Konto darf nur einige Einstellungen ändern (manage-selected-settings); die übrigen sind schreibgeschützt.',

  "The server's answer to the {method} call is not a result of it.": 'Die Antwort des Servers auf den Aufruf {method} ist kein Ergebnis dieses Aufrufs.',
  'This account may not change these settings.': 'Dieses Konto darf diese Einstellungen nicht ändern.',
  'This account may not change these settings ({detail}).': 'Dieses Konto darf diese Einstellungen nicht ändern ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'Der Server bittet um etwas Geduld: Versuchen Sie es in ein paar Sekunden erneut.',
  'The server refused a value.': 'Der Server hat einen Wert abgelehnt.',
  'The server refused a value ({detail}).': 'Der Server hat einen Wert abgelehnt ({detail}).',
  'This server has no {method} method.': 'Dieser Server kennt die Methode {method} nicht.',
  'This server has no {method} method ({detail}).': 'Dieser Server kennt die Methode {method} nicht ({detail}).',
  'The server refused the {method} call.': 'Der Server hat den Aufruf {method} abgelehnt.',

  'The server asks for two-factor confirmation to save these settings.': 'Der Server verlangt eine Zwei-Faktor-Bestätigung, um diese Einstellungen zu speichern.',
  'That two-factor code was not accepted. Try again.': 'Dieser Zwei-Faktor-Code wurde nicht akzeptiert. Versuchen Sie es erneut.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Zu viele falsche Zwei-Faktor-Codes: Der Server akzeptiert diesen nicht mehr.',

  'Share / embed': 'Teilen / Einbetten',
  'the Share / embed panel': 'Bereich „Teilen / Einbetten“',
  'Close': 'Schließen',
  'Activity log': 'Aktivitätsprotokoll',
  'Visits chart': 'Besuchsdiagramm',
  'Analytics settings': 'Analytics-Einstellungen',
  'Dashboard widget': 'Dashboard-Widget',

  'Widget not found': 'Widget nicht gefunden',
  'No widget to show.': 'Kein Widget anzuzeigen.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Diese Seite zeigt ein Widget, das in ihrer Adresse genannt ist, z. B. #widget={example}. Widgets: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Hier gibt es kein Widget namens „{name}“. Widgets: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'Der Programmcode des Widgets ({widget}) wurde nicht geladen. Prüfen Sie, ob die Widget-Bundles neben dieser Seite liegen.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Dieses Element lässt sich nicht teilen: Teilen lassen sich nur activity-log, visits-chart und analytics-settings.',
  'Before you share': 'Bevor Sie teilen',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Wer einen geteilten Link oder ein Code-Snippet hat, kann das darin enthaltene Token verwenden. Verwenden Sie ein Token nur mit Leserechten: das Token eines Matomo-Benutzers, der auf diese Websites nur Ansicht-Zugriff hat, niemals das eines Super-Users oder Admins.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Wer einen geteilten Link oder ein Code-Snippet hat, kann das darin enthaltene Token verwenden. Verwenden Sie das persönliche Zugriffstoken eines Rocket.Chat-Benutzers ohne Administrationsrechte, niemals das eines Admins.',
  'No token is included: the widget will show what the anonymous user may view.': 'Es ist kein Token enthalten: Das Widget zeigt, was der anonyme Benutzer sehen darf.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'Es ist kein Token enthalten: Rocket.Chat fordert zur Anmeldung auf, und das Widget weist darauf hin.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.':
    'Über diese Kopie lassen sich Einstellungen ändern. Betten Sie sie schreibgeschützt ein, es sei denn, die Personen, mit denen Sie sie teilen, sollen etwas ändern können.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'Die Serveradresse verwendet einfaches http: Das Token würde unverschlüsselt durchs Netz gehen.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Ein Rocket.Chat-Token funktioniert nur zusammen mit der ID seines Benutzers: Geben Sie die zum Token gehörende Benutzer-ID ein.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'Das Diagramm zählt seine Zeiträume von einem festen Tag aus zurück (today="{today}"): Die geteilte Kopie zeigt weiterhin die Zeiträume dieses Tages.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Ein Token, das keinem Super-User gehört, zeigt nur die Aktivitäten des eigenen Benutzers: Mit einem Token nur mit Leserechten sehen die Empfänger die Aktivitäten dieses Benutzers, nicht die aller. Die Vorschau unten zeigt genau, was sie sehen werden.',
  'Token for the shared copy': 'Token für die geteilte Kopie',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Ein Matomo-Token nur mit Leserechten (Persönlich > Sicherheit > Auth-Tokens eines Benutzers mit Ansicht-Zugriff). Leer lassen für anonymen Zugriff.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'Das persönliche Zugriffstoken eines Rocket.Chat-Benutzers ohne Administrationsrechte.',
  'User id of that token': 'Benutzer-ID zu diesem Token',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'Die ID des Benutzers, dem das Token gehört (Rocket.Chat sendet beides). Ihre eigene ID wird nie geteilt.',
  'Share read-only (nothing can be changed through the copy)': 'Schreibgeschützt teilen (über die Kopie lässt sich nichts ändern)',
  'How the shared copy looks': 'So sieht die geteilte Kopie aus',
  'Theme': 'Farbschema',
  'As the widget here': 'Wie das Widget hier',
  'Light': 'Hell',
  'Dark': 'Dunkel',
  "Follow the viewer's system": 'Wie im System der Betrachtenden',
  'Background': 'Hintergrund',
  "The widget's": 'Der des Widgets',
  'Transparent': 'Transparent',
  'A colour…': 'Eine Farbe …',
  'Background colour': 'Hintergrundfarbe',
  'Language': 'Sprache',
  'e.g. de, fr-CH': 'z. B. de, fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Alle Wörter, Datumsangaben und Zahlen in dieser Sprache (ein BCP-47-Sprachcode). Leer: die des Widgets, sonst die des Browsers der Betrachtenden.',
  'Compact: the data alone, without the heading, buttons and controls': 'Kompakt: nur die Daten, ohne Überschrift, Schaltflächen und Bedienelemente',
  'Controls the recipient may use': 'Bedienelemente für die Empfänger',
  'Period': 'Periode',
  'Range': 'Zeitraum',
  'Metric': 'Kennzahl',
  'Comparison': 'Vergleich',
  'Annotations': 'Anmerkungen',
  'Table view': 'Tabellenansicht',
  'Downloads': 'Downloads',
  'Where the widget files are hosted': 'Wo die Widget-Dateien liegen',
  'Address of the folder holding embed.html and cdn/': 'Adresse des Ordners mit embed.html und cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'Die Adresse der Widget-Dateien ließ sich von dieser Seite aus nicht ermitteln (die Widgets stammen aus einem eigenen Bundle). Geben Sie die Adresse ein, unter der embed.html und cdn/ bereitgestellt werden, oder nennen Sie sie der Seite mit <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Token prüfen und Vorschau zeigen',
  'Preview what the recipient sees': 'Vorschau für Empfänger zeigen',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'Während Sie tippen, wird nichts gesendet. Ein Matomo-Token wird mit einer einzigen Anfrage geprüft, nachdem eine Anfrage ohne Token gezeigt hat, dass der Server antwortet: Matomo zählt jedes abgelehnte Token als fehlgeschlagene Anmeldung.',
  'Checking the token…': 'Token wird geprüft …',
  'Super user token.': 'Super-User-Token.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Dieses Token gehört einem Super-User: Wer die geteilte Kopie hat, könnte in diesem Matomo alles lesen und ändern. Erstellen Sie ein Token für einen Benutzer, der nur Ansicht-Zugriff hat.',
  "The token was accepted and is not a super user's.": 'Das Token wurde akzeptiert und gehört keinem Super-User.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo hat dieses Token abgelehnt (oder sperrt diese Adresse nach zu vielen fehlgeschlagenen Anmeldungen). Es wurde einmal versucht und wird nicht noch einmal versucht: Prüfen Sie es und drücken Sie dann erneut die Schaltfläche.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'Der Matomo-Server hat nicht geantwortet, daher wurde das Token nicht gesendet. Prüfen Sie die Serveradresse und seine CORS-Einstellungen (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'Das Token hat sich seit der Vorschau geändert: Drücken Sie die Schaltfläche erneut, um die Vorschau mit dem neuen Token zu sehen.',
  'Preview: {widget} as the recipient sees it': 'Vorschau: {widget}, wie die Empfänger es sehen',
  'Link': 'Link',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Öffnet das Widget auf einer eigenen Seite. Die Einstellungen stehen hinter dem #, das nie an einen Server gesendet wird.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Für jede Seite und jedes CMS, das Iframes zulässt. Die Skriptzeile macht den Rahmen so hoch wie das Widget; sie ist ein klassisches Skript und lädt daher ohne CORS-Header von einer anderen Website.',
  'Script tag': 'Script-Tag',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Für eine Seite, die Sie selbst verwalten: Das Widget wird Teil der Seite. Die Seite lädt ein Modulskript vom Widget-Host, daher muss dieser für die Dateien unter cdn/ Access-Control-Allow-Origin senden (npm start und die öffentlichen npm-CDNs tun das), und das Widget fragt seinen Server von dieser Seite aus: Matomo muss den Ursprung der Seite in cors_domains aufführen (Rocket.Chat: in seinen CORS-Einstellungen). Ein Hintergrund fügt ein style-Attribut hinzu: Verbietet die Content-Security-Policy einer Seite Inline-Styles, setzen Sie stattdessen --dw-background in deren Stylesheet.',
  'Copy link': 'Link kopieren',
  'Copy iframe': 'Iframe kopieren',
  'Copy script tag': 'Script-Tag kopieren',
  'Copied the link.': 'Link kopiert.',
  'Copied the iframe.': 'Iframe kopiert.',
  'Copied the script tag.': 'Script-Tag kopiert.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Der Link ist markiert: Drücken Sie Strg+C (auf dem Mac Cmd+C), um ihn zu kopieren.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Der Iframe ist markiert: Drücken Sie Strg+C (auf dem Mac Cmd+C), um ihn zu kopieren.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Das Script-Tag ist markiert: Drücken Sie Strg+C (auf dem Mac Cmd+C), um es zu kopieren.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (Matomo, Website {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (Matomo, Websites {sites})',
  '{widget} (Matomo, all sites)': '{widget} (Matomo, alle Websites)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'Macht den Iframe so hoch wie sein Widget (optional).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Seiten',
  'First': 'Erste',
  'Last': 'Letzte',
  'Go to…': 'Gehe zu…',
  'Previous': 'Zurück',
  'Page {page} of {pages}': 'Seite {page} von {pages}',
  'Page {page}': 'Seite {page}',
  'Next': 'Weiter',
  'Rows per page': 'Zeilen pro Seite',
  'Clear dates': 'Zeitraum zurücksetzen',
  'No activities match these filters.': 'Keine Aktivitäten entsprechen diesen Filtern.',
  'No activities match these filters among those searched.': 'Keine der durchsuchten Aktivitäten entspricht diesen Filtern.',
  'Clear filters': 'Filter zurücksetzen',
  'You have no recorded activities yet.': 'Von Ihnen wurden noch keine Aktivitäten erfasst.',
  'No activities have been recorded yet.': 'Es wurden noch keine Aktivitäten erfasst.',
} satisfies Messages;
