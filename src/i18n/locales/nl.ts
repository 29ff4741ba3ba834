import type { Messages } from '../types.js';

/**
 * Dutch (Nederlands). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with Dutch's categories (one, other). The reader is addressed
 * with "je", as Dutch software interfaces commonly do; instructions are imperatives
 * ("Controleer …"), labels infinitives ("Link kopiëren").
 * Terms as Matomo and Rocket.Chat users know them: website, token, toegangstoken, superuser,
 * tweefactorauthenticatie, gebruikers-id.
 * Names of parts (core.part.*: `{part}`) are written with a lower-case article, as they stand
 * inside the sentence: "Bezig met laden van het venster “Delen / insluiten”…".
 * `{server}` is an origin or api.unknownAddress, both after "de server op".
 */
export default {
  'core.error.title': 'Kan de gegevens niet laden',
  'core.error.unknown': 'Er is iets misgegaan bij het laden van de gegevens.',
  'core.error.authHint': 'Controleer het token dat aan deze widget is meegegeven.',
  'core.error.permissionHint': 'Vraag een beheerder om toegang, of gebruik een token dat die toegang wel heeft.',
  'core.retry': 'Opnieuw proberen',
  'core.tryAgain': 'Probeer het opnieuw',
  'core.part.loading': 'Bezig met laden van {part}…',
  'core.part.failed': 'Kan {part} niet laden.',
  'core.part.missing':
    'De code ervan is niet aangekomen: controleer de netwerkverbinding (een zelf gehoste kopie moet de map chunks naast de bundel aanbieden).',
  'core.part.error': 'Een onderdeel van deze widget kan niet worden geladen. {reason}',

  'api.noAddress': 'Er is geen serveradres ingesteld: stel het attribuut api-base in (of gebruik een <dashboard-config>).',
  'api.unknownAddress': 'het ingestelde adres',
  'api.redirect': 'De server op {server} antwoordde vanaf een ander adres (een omleiding, die niet wordt gevolgd); controleer api-base.',
  'api.network':
    'Kan de server op {server} niet bereiken. Controleer de netwerkverbinding en het serveradres; als de server wel draait, staat hij misschien geen verzoeken van deze pagina toe (CORS).',
  'api.timeout': {
    one: 'De server heeft niet binnen {count} seconde geantwoord.',
    other: 'De server heeft niet binnen {count} seconden geantwoord.',
  },
  'api.auth': 'De server heeft het toegangstoken niet geaccepteerd: het ontbreekt, is ongeldig of is verlopen.',
  'api.permission': 'Dit account heeft hiervoor geen toestemming.',
  'api.failed': 'Er is een fout opgetreden op de server (HTTP {status}). Probeer het later opnieuw.',
  'api.failedStatus': 'Er is een fout opgetreden op de server (HTTP {status}).',
  'api.empty': 'De server stuurde een leeg antwoord (HTTP {status}).',
  'api.webPage': 'De server stuurde een webpagina in plaats van gegevens (HTTP {status}). Controleer het serveradres.',
  'api.notJson': 'Het antwoord van de server is geen geldige JSON (HTTP {status}); misschien is het afgebroken.',
  'api.tooLarge': 'Het antwoord van de server is te groot ({size} MB of meer, de limiet is {limit} MB); het is niet gelezen.',

  'api.matomo.noMessage': 'De server meldde een fout zonder foutmelding.',
  'api.matomo.tokenRefused': 'De server heeft het toegangstoken niet geaccepteerd. ({detail})',
  'api.matomo.needsToken': '{detail} Er is geen token opgegeven: voor deze gegevens is er wel een nodig.',
  'api.matomo.errorStatus': 'De server antwoordde met een fout (HTTP {status}).',
  'api.matomo.bulk': 'De server beantwoordde een bulkverzoek niet correct (aanroepen: {asked}, resultaten: {count}).',
  'api.matomo.bulkNoList': 'De server beantwoordde een bulkverzoek zonder lijst met resultaten (aanroepen: {asked}).',
  'api.matomo.unexpected': 'De server stuurde {found} waar {expected} werd verwacht.',
  'api.matomo.found.empty': 'een lege waarde',
  'api.matomo.found.list': 'een lijst',
  'api.matomo.found.longText': 'een lange tekst',
  'api.matomo.found.text': 'de tekst “{text}”',
  'api.matomo.found.object': 'een object',
  'api.matomo.found.value': 'een waarde van het type {type} ({value})',
  'api.matomo.expected.activities': 'een lijst met activiteiten',
  'api.matomo.expected.activityCount': 'het aantal activiteiten (een getal)',
  'api.matomo.expected.logins': 'een lijst met gebruikersnamen',
  'api.matomo.expected.superUser': 'of dit een superuser is (ja of nee)',
  'api.matomo.expected.sites': 'een lijst met websites',
  'api.matomo.expected.siteVisits': 'bezoeken per website',
  'api.matomo.expected.periodVisits': 'bezoeken per periode',
  'api.matomo.expected.segments': 'een lijst met segmenten',
  'api.matomo.noSite': 'Er is geen website ingesteld: stel het attribuut site-id in (één id of een lijst gescheiden door komma’s).',
  'api.matomo.badDate':
    'De grafiek leest periodes van een dag, week, maand of jaar over lastN, previousN of YYYY-MM-DD,YYYY-MM-DD, niet “{date}” per {period}.',
  'api.matomo.noSiteVisits': 'Het antwoord van de server bevat geen bezoeken voor website {id}.',
  'api.matomo.noMetrics': 'De server stuurde geen statistieken voor de periode {period}.',
  'api.matomo.site': 'Website {id}',

  'api.signIn.refused':
    'De server op {server} heeft het toegangstoken geweigerd: controleer het, of vernieuw het in Matomo (Persoonlijk › Beveiliging › Auth-tokens). Elke weigering telt als een mislukte aanmelding; na ongeveer 20 blokkeert Matomo dit netwerk een tijdje.',
  'api.signIn.lockout':
    'Te veel mislukte aanmeldingen vanaf dit netwerk: de server op {server} weigert voorlopig de verzoeken ervan. Probeer het later opnieuw (over ongeveer 30 minuten), of vraag de beheerder van de server om dit adres te deblokkeren.',
  'api.signIn.unreachable':
    'Kan de server op {server} niet bereiken, of hij antwoordt deze pagina niet: controleer het adres en het netwerk, en of cors_domains in Matomo {page} bevat. (Een netwerk dat na te veel mislukte aanmeldingen is geblokkeerd, ziet er precies zo uit: probeer het dan later opnieuw.)',
  'api.signIn.notFound': 'Er is geen Matomo-API op dit adres (HTTP 404). Controleer api-base: dat moet naar de hoofdmap van Matomo wijzen.',

  'api.rocketchat.refused': 'De server heeft de gebruikers-id en het token niet geaccepteerd.',
  'api.rocketchat.refusedDetail': 'De server heeft de gebruikers-id en het token niet geaccepteerd ({detail}).',
  'api.rocketchat.notAllowed': 'Dit account mag dit niet doen.',
  'api.rocketchat.notAllowedDetail': 'Dit account mag dit niet doen ({detail}).',
  'api.rocketchat.notFound': 'Er is geen Rocket.Chat-API op dit adres (HTTP 404). Controleer api-base: dat moet naar de hoofdmap van de server wijzen.',
  'api.rocketchat.notObject': 'Het antwoord van de server is geen object (HTTP {status}).',
  'api.rocketchat.noSettings': 'De server stuurde geen lijst met instellingen.',
  'api.rocketchat.noPublicSettings': 'De server stuurde geen lijst met openbare instellingen.',
  'api.rocketchat.nonePublic': 'De server maakt geen van deze instellingen openbaar.',
  'api.rocketchat.noValue': 'Het antwoord van de server voor instelling {id} bevat geen waarde.',
  'api.rocketchat.noPermissions': 'De server stuurde geen lijst met rechten.',
  'api.rocketchat.access.none': 'Geen enkele rol van dit account ({roles}) heeft edit-privileged-setting of manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'geen',
  'api.rocketchat.access.noneSelected': 'Dit account mag alleen bepaalde instellingen wijzigen (manage-selected-settings), en geen van deze.',
  'api.rocketchat.access.some': 'Dit account mag alleen bepaalde instellingen wijzigen (manage-selected-settings); de andere zijn alleen-lezen.',

  'api.save.notResult': 'Het antwoord van de server op de aanroep {method} is geen resultaat van die aanroep.',
  'api.save.notAllowed': 'Dit account mag deze instellingen niet wijzigen.',
  'api.save.notAllowedDetail': 'Dit account mag deze instellingen niet wijzigen ({detail}).',
  'api.save.slowDown': 'De server vraagt om het rustiger aan te doen: probeer het over een paar seconden opnieuw.',
  'api.save.refusedValue': 'De server heeft een waarde geweigerd.',
  'api.save.refusedValueDetail': 'De server heeft een waarde geweigerd ({detail}).',
  'api.save.noMethod': 'Deze server heeft geen methode {method}.',
  'api.save.noMethodDetail': 'Deze server heeft geen methode {method} ({detail}).',
  'api.save.refusedCall': 'De server heeft de aanroep {method} geweigerd.',

  'api.twoFactor.required': 'De server vraagt om bevestiging met tweefactorauthenticatie om deze instellingen op te slaan.',
  'api.twoFactor.invalid': 'Die tweefactorcode is niet geaccepteerd. Probeer het opnieuw.',
  'api.twoFactor.maxAttempts': 'Te veel onjuiste tweefactorcodes: de server accepteert deze code niet meer.',

  'embed.share': 'Delen / insluiten',
  'embed.sharePart': 'het venster “Delen / insluiten”',
  'embed.close': 'Sluiten',
  'embed.title.activityLog': 'Activiteitenlogboek',
  'embed.title.visitsChart': 'Grafiek van bezoeken',
  'embed.title.analyticsSettings': 'Analytics-instellingen',
  'embed.title.other': 'Dashboardwidget',

  'embed.page.notFound': 'Widget niet gevonden',
  'embed.page.nothing': 'Geen widget om te tonen.',
  'embed.page.noWidget': 'Deze pagina toont één widget die in het adres wordt genoemd, bijv. #widget={example}. Widgets: {widgets}.',
  'embed.page.unknown': 'Er is hier geen widget met de naam “{name}” om te tonen. Widgets: {widgets}.',
  'embed.page.noCode': 'De code van de widget ({widget}) is niet geladen. Controleer of de widgetbundels naast deze pagina staan.',

  'embed.share.cannot': 'Dit element kan niet worden gedeeld: dat kan alleen met activity-log, visits-chart en analytics-settings.',
  'embed.share.before': 'Voordat je deelt',
  'embed.share.warn.matomoToken':
    'Iedereen die een gedeelde link of codefragment heeft, kan het token daarin gebruiken. Gebruik een token met alleen weergavetoegang: het token van een Matomo-gebruiker die op deze websites alleen “view”-toegang heeft, nooit dat van een superuser of een beheerder.',
  'embed.share.warn.chatToken':
    'Iedereen die een gedeelde link of codefragment heeft, kan het token daarin gebruiken. Gebruik het persoonlijke toegangstoken van een Rocket.Chat-gebruiker zonder beheerdersrechten, nooit dat van een beheerder.',
  'embed.share.warn.matomoNoToken': 'Er is geen token meegegeven: de widget toont wat de anonieme gebruiker mag zien.',
  'embed.share.warn.chatNoToken': 'Er is geen token meegegeven: Rocket.Chat vraagt de kijker om zich aan te melden, en de widget meldt dat.',
  'embed.share.warn.editable':
    'Met deze kopie kunnen instellingen worden gewijzigd. Sluit de kopie alleen-lezen in, tenzij de mensen met wie je deelt moeten kunnen bewerken.',
  'embed.share.warn.plainHttp': 'Het serveradres gebruikt gewone http: het token zou onversleuteld over het netwerk gaan.',
  'embed.share.warn.userId': 'Een Rocket.Chat-token werkt alleen met de id van de bijbehorende gebruiker: vul de gebruikers-id in die bij het token hoort.',
  'embed.share.warn.fixedDay':
    'De grafiek telt de periodes terug vanaf een vaste dag (today="{today}"): de gedeelde kopie blijft de periodes van die dag tonen.',
  'embed.share.activityLogScope':
    'Een token dat niet van een superuser is, toont alleen de activiteiten van de eigen gebruiker: met een token met alleen weergavetoegang ziet de ontvanger de activiteiten van die gebruiker, niet die van iedereen. Het voorbeeld hieronder toont precies wat de ontvanger te zien krijgt.',
  'embed.share.token': 'Token voor de gedeelde kopie',
  'embed.share.matomoTokenHint':
    'Een Matomo-token met alleen weergavetoegang (Persoonlijk > Beveiliging > Auth-tokens van een gebruiker met weergavetoegang). Laat leeg voor anonieme toegang.',
  'embed.share.chatTokenHint': 'Het persoonlijke toegangstoken van een Rocket.Chat-gebruiker zonder beheerdersrechten.',
  'embed.share.userId': 'Gebruikers-id van dat token',
  'embed.share.userIdHint': 'De id van de gebruiker bij wie dat token hoort (Rocket.Chat stuurt ze allebei). Je eigen id wordt nooit gedeeld.',
  'embed.share.readOnly': 'Alleen-lezen delen (via de kopie kan niets worden gewijzigd)',
  'embed.share.look': 'Hoe de gedeelde kopie eruitziet',
  'embed.share.theme': 'Thema',
  'embed.share.theme.same': 'Zoals de widget hier',
  'embed.share.theme.light': 'Licht',
  'embed.share.theme.dark': 'Donker',
  'embed.share.theme.auto': 'Systeeminstelling van de kijker volgen',
  'embed.share.background': 'Achtergrond',
  'embed.share.background.same': 'Die van de widget',
  'embed.share.background.transparent': 'Transparant',
  'embed.share.background.colour': 'Een kleur…',
  'embed.share.colour': 'Achtergrondkleur',
  'embed.share.language': 'Taal',
  'embed.share.languagePlaceholder': 'bijv. nl, nl-BE',
  'embed.share.languageHint':
    'Alle woorden, datums en getallen in deze taal (een BCP 47-tag). Leeg: die van de widget, anders die van de browser van de kijker.',
  'embed.share.compact': 'Compact: alleen de gegevens, zonder kop, knoppen en bedieningselementen',
  'embed.share.controls': 'Bedieningselementen die de ontvanger mag gebruiken',
  'embed.share.control.period': 'Periode',
  'embed.share.control.range': 'Bereik',
  'embed.share.control.metric': 'Statistiek',
  'embed.share.control.compare': 'Vergelijking',
  'embed.share.control.view': 'Tabelweergave',
  'embed.share.control.export': 'Downloads',
  'embed.share.control.share': 'Delen / insluiten',
  'embed.share.hosting': 'Waar de widgetbestanden worden gehost',
  'embed.share.hostingAddress': 'Adres van de map met embed.html en cdn/',
  'embed.share.notDetected':
    'Het adres van de widgetbestanden kon vanaf deze pagina niet worden gevonden (de widgets komen uit een eigen bundel). Vul het adres in waar embed.html en cdn/ worden aangeboden, of geef het aan de pagina mee met <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Token controleren en voorbeeld tonen',
  'embed.share.preview': 'Bekijken wat de ontvanger ziet',
  'embed.share.previewHint':
    'Tijdens het typen wordt niets verzonden. Een Matomo-token wordt met één verzoek gecontroleerd, nadat een verzoek zonder token heeft laten zien dat de server antwoordt: Matomo telt elk geweigerd token als een mislukte aanmelding.',
  'embed.share.checking': 'Token wordt gecontroleerd…',
  'embed.share.superUser': 'Token van een superuser.',
  'embed.share.verdict.superUser':
    'Dit token is van een superuser: wie de gedeelde kopie heeft, kan alles in deze Matomo lezen en wijzigen. Maak een token aan voor een gebruiker met alleen weergavetoegang.',
  'embed.share.verdict.limited': 'Het token is geaccepteerd en is niet van een superuser.',
  'embed.share.verdict.refused':
    'Matomo heeft dit token geweigerd (of blokkeert dit adres na te veel mislukte aanmeldingen). Het is één keer geprobeerd en wordt niet opnieuw geprobeerd: controleer het en klik dan nogmaals op de knop.',
  'embed.share.verdict.unreachable':
    'De Matomo-server antwoordde niet, dus het token is niet verzonden. Controleer het serveradres en de CORS-instellingen van de server (cors_domains).',
  'embed.share.stalePreview': 'Het token is gewijzigd sinds het voorbeeld: klik nogmaals op de knop om het voorbeeld met het nieuwe token te zien.',
  'embed.share.previewTitle': 'Voorbeeld: {widget} door de ogen van de ontvanger',
  'embed.share.link': 'Link',
  'embed.share.linkHint': 'Opent de widget op een eigen pagina. De instellingen staan achter de #, die nooit naar een server wordt gestuurd.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Voor elke pagina of elk CMS dat een iframe accepteert. De scriptregel maakt het frame even hoog als de widget; het is een klassiek script, dus het laadt vanaf een andere site zonder CORS-header.',
  'embed.share.script': 'Scripttag',
  'embed.share.scriptHint':
    'Voor een pagina die je zelf beheert: de widget wordt onderdeel van de pagina. De pagina laadt een modulescript van de widgethost, dus die host moet Access-Control-Allow-Origin sturen voor de bestanden in cdn/ (npm start en de openbare npm-CDN’s doen dat), en de widget benadert zijn server vanaf die pagina: Matomo moet de origin van de pagina in cors_domains vermelden (Rocket.Chat: in de CORS-instellingen). Een achtergrond voegt een style-attribuut toe: stel op een pagina waarvan de Content-Security-Policy inline stijlen verbiedt in plaats daarvan --dw-background in de stylesheet in.',
  'embed.share.copy.link': 'Link kopiëren',
  'embed.share.copy.iframe': 'Iframe kopiëren',
  'embed.share.copy.script': 'Scripttag kopiëren',
  'embed.share.copied.link': 'Link gekopieerd.',
  'embed.share.copied.iframe': 'Iframe gekopieerd.',
  'embed.share.copied.script': 'Scripttag gekopieerd.',
  'embed.share.select.link': 'De link is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac) om hem te kopiëren.',
  'embed.share.select.iframe': 'Het iframe is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac) om het te kopiëren.',
  'embed.share.select.script': 'De scripttag is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac) om hem te kopiëren.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo, website {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo, websites {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo, alle websites)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Maakt het iframe even hoog als de widget (optioneel).',
} satisfies Messages;
