import type { Messages } from '../types.js';

/**
 * German (Deutsch). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with German's categories (one, other). The reader is addressed
 * with "Sie", as Matomo and Rocket.Chat do in German.
 * Names of parts (core.part.*: `{part}`) are written without article, so that "{part} wird
 * geladen …" reads "Bereich „Teilen / Einbetten“ wird geladen …".
 */
export default {
  'core.error.title': 'Die Daten konnten nicht geladen werden',
  'core.error.unknown': 'Beim Laden der Daten ist etwas schiefgegangen.',
  'core.error.authHint': 'Prüfen Sie das Token, das diesem Widget übergeben wurde.',
  'core.error.permissionHint': 'Bitten Sie die Administration um Zugriff, oder verwenden Sie ein Token mit dieser Berechtigung.',
  'core.retry': 'Erneut versuchen',
  'core.tryAgain': 'Nochmals versuchen',
  'core.part.loading': '{part} wird geladen …',
  'core.part.failed': '{part} konnte nicht geladen werden.',
  'core.part.missing':
    'Der Programmcode ist nicht angekommen: Prüfen Sie die Netzwerkverbindung (eine selbst gehostete Kopie muss den Ordner „chunks“ neben dem Bundle bereitstellen).',
  'core.part.error': 'Ein Teil dieses Widgets konnte nicht geladen werden. {reason}',

  'api.noAddress': 'Es ist keine Serveradresse eingestellt: Setzen Sie das Attribut api-base (oder ein <dashboard-config>).',
  'api.unknownAddress': 'der eingestellten Adresse',
  'api.redirect': 'Der Server unter {server} hat von einer anderen Adresse aus geantwortet (eine Weiterleitung, der nicht gefolgt wird); prüfen Sie api-base.',
  'api.network':
    'Der Server unter {server} ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse; läuft der Server, lässt er Anfragen von dieser Seite womöglich nicht zu (CORS).',
  'api.timeout': {
    one: 'Der Server hat nicht innerhalb von {count} Sekunde geantwortet.',
    other: 'Der Server hat nicht innerhalb von {count} Sekunden geantwortet.',
  },
  'api.auth': 'Der Server hat das Zugriffstoken nicht akzeptiert: Es fehlt, ist ungültig oder abgelaufen.',
  'api.permission': 'Dieses Konto hat dafür keine Berechtigung.',
  'api.failed': 'Fehler auf dem Server (HTTP {status}). Versuchen Sie es später erneut.',
  'api.failedStatus': 'Fehler auf dem Server (HTTP {status}).',
  'api.empty': 'Der Server hat eine leere Antwort gesendet (HTTP {status}).',
  'api.webPage': 'Der Server hat eine Webseite statt Daten gesendet (HTTP {status}). Prüfen Sie die Serveradresse.',
  'api.notJson': 'Die Antwort des Servers ist kein gültiges JSON (HTTP {status}); sie wurde womöglich abgeschnitten.',
  'api.tooLarge': 'Die Antwort des Servers ist zu groß ({size} MB oder mehr, die Grenze liegt bei {limit} MB); sie wurde nicht gelesen.',

  'api.matomo.noMessage': 'Der Server hat einen Fehler ohne Meldung gemeldet.',
  'api.matomo.tokenRefused': 'Der Server hat das Zugriffstoken nicht akzeptiert. ({detail})',
  'api.matomo.needsToken': '{detail} Es wurde kein Token angegeben: Diese Daten erfordern eines.',
  'api.matomo.errorStatus': 'Der Server hat mit einem Fehler geantwortet (HTTP {status}).',
  'api.matomo.bulk': 'Der Server hat eine Sammelanfrage falsch beantwortet (Aufrufe: {asked}, Ergebnisse: {count}).',
  'api.matomo.bulkNoList': 'Der Server hat eine Sammelanfrage ohne Ergebnisliste beantwortet (Aufrufe: {asked}).',
  'api.matomo.unexpected': 'Der Server hat {found} gesendet, wo {expected} erwartet wurde.',
  'api.matomo.found.empty': 'einen leeren Wert',
  'api.matomo.found.list': 'eine Liste',
  'api.matomo.found.longText': 'einen langen Text',
  'api.matomo.found.text': 'den Text „{text}“',
  'api.matomo.found.object': 'ein Objekt',
  'api.matomo.found.value': '{type} {value}',
  'api.matomo.expected.activities': 'eine Liste von Aktivitäten',
  'api.matomo.expected.activityCount': 'die Anzahl der Aktivitäten (eine Zahl)',
  'api.matomo.expected.logins': 'eine Liste von Anmeldenamen',
  'api.matomo.expected.superUser': 'die Angabe, ob dies ein Super-User ist (ja oder nein)',
  'api.matomo.expected.sites': 'eine Liste von Websites',
  'api.matomo.expected.siteVisits': 'Besuche je Website',
  'api.matomo.expected.periodVisits': 'Besuche je Zeitraum',
  'api.matomo.expected.segments': 'eine Liste von Segmenten',
  'api.matomo.noSite': 'Es ist keine Website eingestellt: Setzen Sie das Attribut site-id (eine ID oder eine kommagetrennte Liste).',
  'api.matomo.badDate':
    'Das Diagramm liest Tage, Wochen, Monate oder Jahre über lastN, previousN oder YYYY-MM-DD,YYYY-MM-DD, nicht „{date}“ mit der Periode {period}.',
  'api.matomo.noSiteVisits': 'Die Antwort des Servers enthält keine Besuche für Website {id}.',
  'api.matomo.noMetrics': 'Der Server hat für den Zeitraum {period} keine Kennzahlen gesendet.',
  'api.matomo.site': 'Website {id}',

  'api.signIn.refused':
    'Der Server unter {server} hat das Zugriffstoken abgelehnt: Prüfen Sie es, oder erneuern Sie es in Matomo (Persönlich › Sicherheit › Auth-Tokens). Jede Ablehnung zählt als fehlgeschlagene Anmeldung; nach etwa 20 sperrt Matomo dieses Netzwerk für eine Weile.',
  'api.signIn.lockout':
    'Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk: Der Server unter {server} lehnt dessen Anfragen vorerst ab. Versuchen Sie es später erneut (in etwa 30 Minuten), oder bitten Sie die Administration des Servers, diese Adresse freizugeben.',
  'api.signIn.unreachable':
    'Der Server unter {server} ist nicht erreichbar oder antwortet dieser Seite nicht: Prüfen Sie die Adresse und das Netzwerk und ob cors_domains in Matomo {page} enthält. (Ein Netzwerk, das nach zu vielen fehlgeschlagenen Anmeldungen gesperrt ist, sieht genauso aus: Versuchen Sie es später erneut.)',
  'api.signIn.notFound': 'Unter dieser Adresse gibt es keine Matomo-API (HTTP 404). Prüfen Sie api-base: Es muss auf das Stammverzeichnis von Matomo zeigen.',

  'api.rocketchat.refused': 'Der Server hat Benutzer-ID und Token nicht akzeptiert.',
  'api.rocketchat.refusedDetail': 'Der Server hat Benutzer-ID und Token nicht akzeptiert ({detail}).',
  'api.rocketchat.notAllowed': 'Dieses Konto darf das nicht.',
  'api.rocketchat.notAllowedDetail': 'Dieses Konto darf das nicht ({detail}).',
  'api.rocketchat.notFound':
    'Unter dieser Adresse gibt es keine Rocket.Chat-API (HTTP 404). Prüfen Sie api-base: Es muss auf das Stammverzeichnis des Servers zeigen.',
  'api.rocketchat.notObject': 'Die Antwort des Servers ist kein Objekt (HTTP {status}).',
  'api.rocketchat.noSettings': 'Der Server hat keine Liste von Einstellungen gesendet.',
  'api.rocketchat.noPublicSettings': 'Der Server hat keine Liste öffentlicher Einstellungen gesendet.',
  'api.rocketchat.nonePublic': 'Der Server gibt keine dieser Einstellungen öffentlich heraus.',
  'api.rocketchat.noValue': 'Die Antwort des Servers zur Einstellung {id} enthält keinen Wert.',
  'api.rocketchat.noPermissions': 'Der Server hat keine Liste von Berechtigungen gesendet.',
  'api.rocketchat.access.none': 'Keine Rolle dieses Kontos ({roles}) hat edit-privileged-setting oder manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'keine',
  'api.rocketchat.access.noneSelected': 'Dieses Konto darf nur einige Einstellungen ändern (manage-selected-settings), keine von diesen.',
  'api.rocketchat.access.some': 'Dieses Konto darf nur einige Einstellungen ändern (manage-selected-settings); die übrigen sind schreibgeschützt.',

  'api.save.notResult': 'Die Antwort des Servers auf den Aufruf {method} ist kein Ergebnis dieses Aufrufs.',
  'api.save.notAllowed': 'Dieses Konto darf diese Einstellungen nicht ändern.',
  'api.save.notAllowedDetail': 'Dieses Konto darf diese Einstellungen nicht ändern ({detail}).',
  'api.save.slowDown': 'Der Server bittet um etwas Geduld: Versuchen Sie es in ein paar Sekunden erneut.',
  'api.save.refusedValue': 'Der Server hat einen Wert abgelehnt.',
  'api.save.refusedValueDetail': 'Der Server hat einen Wert abgelehnt ({detail}).',
  'api.save.noMethod': 'Dieser Server kennt die Methode {method} nicht.',
  'api.save.noMethodDetail': 'Dieser Server kennt die Methode {method} nicht ({detail}).',
  'api.save.refusedCall': 'Der Server hat den Aufruf {method} abgelehnt.',

  'api.twoFactor.required': 'Der Server verlangt eine Zwei-Faktor-Bestätigung, um diese Einstellungen zu speichern.',
  'api.twoFactor.invalid': 'Dieser Zwei-Faktor-Code wurde nicht akzeptiert. Versuchen Sie es erneut.',
  'api.twoFactor.maxAttempts': 'Zu viele falsche Zwei-Faktor-Codes: Der Server akzeptiert diesen nicht mehr.',

  'embed.share': 'Teilen / Einbetten',
  'embed.sharePart': 'Bereich „Teilen / Einbetten“',
  'embed.close': 'Schließen',
  'embed.title.activityLog': 'Aktivitätsprotokoll',
  'embed.title.visitsChart': 'Besuchsdiagramm',
  'embed.title.analyticsSettings': 'Analytics-Einstellungen',
  'embed.title.other': 'Dashboard-Widget',

  'embed.page.notFound': 'Widget nicht gefunden',
  'embed.page.nothing': 'Kein Widget anzuzeigen.',
  'embed.page.noWidget': 'Diese Seite zeigt ein Widget, das in ihrer Adresse genannt ist, z. B. #widget={example}. Widgets: {widgets}.',
  'embed.page.unknown': 'Hier gibt es kein Widget namens „{name}“. Widgets: {widgets}.',
  'embed.page.noCode': 'Der Programmcode des Widgets ({widget}) wurde nicht geladen. Prüfen Sie, ob die Widget-Bundles neben dieser Seite liegen.',

  'embed.share.cannot': 'Dieses Element lässt sich nicht teilen: Teilen lassen sich nur activity-log, visits-chart und analytics-settings.',
  'embed.share.before': 'Bevor Sie teilen',
  'embed.share.warn.matomoToken':
    'Wer einen geteilten Link oder ein Code-Snippet hat, kann das darin enthaltene Token verwenden. Verwenden Sie ein Token nur mit Leserechten: das Token eines Matomo-Benutzers, der auf diese Websites nur Ansicht-Zugriff hat, niemals das eines Super-Users oder Admins.',
  'embed.share.warn.chatToken':
    'Wer einen geteilten Link oder ein Code-Snippet hat, kann das darin enthaltene Token verwenden. Verwenden Sie das persönliche Zugriffstoken eines Rocket.Chat-Benutzers ohne Administrationsrechte, niemals das eines Admins.',
  'embed.share.warn.matomoNoToken': 'Es ist kein Token enthalten: Das Widget zeigt, was der anonyme Benutzer sehen darf.',
  'embed.share.warn.chatNoToken': 'Es ist kein Token enthalten: Rocket.Chat fordert zur Anmeldung auf, und das Widget weist darauf hin.',
  'embed.share.warn.editable':
    'Über diese Kopie lassen sich Einstellungen ändern. Betten Sie sie schreibgeschützt ein, es sei denn, die Personen, mit denen Sie sie teilen, sollen etwas ändern können.',
  'embed.share.warn.plainHttp': 'Die Serveradresse verwendet einfaches http: Das Token würde unverschlüsselt durchs Netz gehen.',
  'embed.share.warn.userId': 'Ein Rocket.Chat-Token funktioniert nur zusammen mit der ID seines Benutzers: Geben Sie die zum Token gehörende Benutzer-ID ein.',
  'embed.share.warn.fixedDay':
    'Das Diagramm zählt seine Zeiträume von einem festen Tag aus zurück (today="{today}"): Die geteilte Kopie zeigt weiterhin die Zeiträume dieses Tages.',
  'embed.share.activityLogScope':
    'Ein Token, das keinem Super-User gehört, zeigt nur die Aktivitäten des eigenen Benutzers: Mit einem Token nur mit Leserechten sehen die Empfänger die Aktivitäten dieses Benutzers, nicht die aller. Die Vorschau unten zeigt genau, was sie sehen werden.',
  'embed.share.token': 'Token für die geteilte Kopie',
  'embed.share.matomoTokenHint':
    'Ein Matomo-Token nur mit Leserechten (Persönlich > Sicherheit > Auth-Tokens eines Benutzers mit Ansicht-Zugriff). Leer lassen für anonymen Zugriff.',
  'embed.share.chatTokenHint': 'Das persönliche Zugriffstoken eines Rocket.Chat-Benutzers ohne Administrationsrechte.',
  'embed.share.userId': 'Benutzer-ID zu diesem Token',
  'embed.share.userIdHint': 'Die ID des Benutzers, dem das Token gehört (Rocket.Chat sendet beides). Ihre eigene ID wird nie geteilt.',
  'embed.share.readOnly': 'Schreibgeschützt teilen (über die Kopie lässt sich nichts ändern)',
  'embed.share.look': 'So sieht die geteilte Kopie aus',
  'embed.share.theme': 'Farbschema',
  'embed.share.theme.same': 'Wie das Widget hier',
  'embed.share.theme.light': 'Hell',
  'embed.share.theme.dark': 'Dunkel',
  'embed.share.theme.auto': 'Wie im System der Betrachtenden',
  'embed.share.background': 'Hintergrund',
  'embed.share.background.same': 'Der des Widgets',
  'embed.share.background.transparent': 'Transparent',
  'embed.share.background.colour': 'Eine Farbe …',
  'embed.share.colour': 'Hintergrundfarbe',
  'embed.share.language': 'Sprache',
  'embed.share.languagePlaceholder': 'z. B. de, fr-CH',
  'embed.share.languageHint':
    'Alle Wörter, Datumsangaben und Zahlen in dieser Sprache (ein BCP-47-Sprachcode). Leer: die des Widgets, sonst die des Browsers der Betrachtenden.',
  'embed.share.compact': 'Kompakt: nur die Daten, ohne Überschrift, Schaltflächen und Bedienelemente',
  'embed.share.controls': 'Bedienelemente für die Empfänger',
  'embed.share.control.period': 'Periode',
  'embed.share.control.range': 'Zeitraum',
  'embed.share.control.metric': 'Kennzahl',
  'embed.share.control.compare': 'Vergleich',
  'embed.share.control.view': 'Tabellenansicht',
  'embed.share.control.export': 'Downloads',
  'embed.share.control.share': 'Teilen / Einbetten',
  'embed.share.hosting': 'Wo die Widget-Dateien liegen',
  'embed.share.hostingAddress': 'Adresse des Ordners mit embed.html und cdn/',
  'embed.share.notDetected':
    'Die Adresse der Widget-Dateien ließ sich von dieser Seite aus nicht ermitteln (die Widgets stammen aus einem eigenen Bundle). Geben Sie die Adresse ein, unter der embed.html und cdn/ bereitgestellt werden, oder nennen Sie sie der Seite mit <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Token prüfen und Vorschau zeigen',
  'embed.share.preview': 'Vorschau für Empfänger zeigen',
  'embed.share.previewHint':
    'Während Sie tippen, wird nichts gesendet. Ein Matomo-Token wird mit einer einzigen Anfrage geprüft, nachdem eine Anfrage ohne Token gezeigt hat, dass der Server antwortet: Matomo zählt jedes abgelehnte Token als fehlgeschlagene Anmeldung.',
  'embed.share.checking': 'Token wird geprüft …',
  'embed.share.superUser': 'Super-User-Token.',
  'embed.share.verdict.superUser':
    'Dieses Token gehört einem Super-User: Wer die geteilte Kopie hat, könnte in diesem Matomo alles lesen und ändern. Erstellen Sie ein Token für einen Benutzer, der nur Ansicht-Zugriff hat.',
  'embed.share.verdict.limited': 'Das Token wurde akzeptiert und gehört keinem Super-User.',
  'embed.share.verdict.refused':
    'Matomo hat dieses Token abgelehnt (oder sperrt diese Adresse nach zu vielen fehlgeschlagenen Anmeldungen). Es wurde einmal versucht und wird nicht noch einmal versucht: Prüfen Sie es und drücken Sie dann erneut die Schaltfläche.',
  'embed.share.verdict.unreachable':
    'Der Matomo-Server hat nicht geantwortet, daher wurde das Token nicht gesendet. Prüfen Sie die Serveradresse und seine CORS-Einstellungen (cors_domains).',
  'embed.share.stalePreview': 'Das Token hat sich seit der Vorschau geändert: Drücken Sie die Schaltfläche erneut, um die Vorschau mit dem neuen Token zu sehen.',
  'embed.share.previewTitle': 'Vorschau: {widget}, wie die Empfänger es sehen',
  'embed.share.link': 'Link',
  'embed.share.linkHint': 'Öffnet das Widget auf einer eigenen Seite. Die Einstellungen stehen hinter dem #, das nie an einen Server gesendet wird.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Für jede Seite und jedes CMS, das Iframes zulässt. Die Skriptzeile macht den Rahmen so hoch wie das Widget; sie ist ein klassisches Skript und lädt daher ohne CORS-Header von einer anderen Website.',
  'embed.share.script': 'Script-Tag',
  'embed.share.scriptHint':
    'Für eine Seite, die Sie selbst verwalten: Das Widget wird Teil der Seite. Die Seite lädt ein Modulskript vom Widget-Host, daher muss dieser für die Dateien unter cdn/ Access-Control-Allow-Origin senden (npm start und die öffentlichen npm-CDNs tun das), und das Widget fragt seinen Server von dieser Seite aus: Matomo muss den Ursprung der Seite in cors_domains aufführen (Rocket.Chat: in seinen CORS-Einstellungen). Ein Hintergrund fügt ein style-Attribut hinzu: Verbietet die Content-Security-Policy einer Seite Inline-Styles, setzen Sie stattdessen --dw-background in deren Stylesheet.',
  'embed.share.copy.link': 'Link kopieren',
  'embed.share.copy.iframe': 'Iframe kopieren',
  'embed.share.copy.script': 'Script-Tag kopieren',
  'embed.share.copied.link': 'Link kopiert.',
  'embed.share.copied.iframe': 'Iframe kopiert.',
  'embed.share.copied.script': 'Script-Tag kopiert.',
  'embed.share.select.link': 'Der Link ist markiert: Drücken Sie Strg+C (auf dem Mac Cmd+C), um ihn zu kopieren.',
  'embed.share.select.iframe': 'Der Iframe ist markiert: Drücken Sie Strg+C (auf dem Mac Cmd+C), um ihn zu kopieren.',
  'embed.share.select.script': 'Das Script-Tag ist markiert: Drücken Sie Strg+C (auf dem Mac Cmd+C), um es zu kopieren.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo, Website {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo, Websites {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo, alle Websites)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Macht den Iframe so hoch wie sein Widget (optional).',
} satisfies Messages;
