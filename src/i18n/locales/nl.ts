import type { Messages } from '../types.js';
import activityLog from './nl/activity-log.js';
import visitsChart from './nl/visits-chart.js';
import analyticsSettings from './nl/analytics-settings.js';
import activityLogParts from './nl/activity-log-parts.js';
import activityLogReport from './nl/activity-log-report.js';
import activityLogSignins from './nl/activity-log-signins.js';
import activityLogHistory from './nl/activity-log-history.js';
import activityLogFilters from './nl/activity-log-filters.js';
import visitsChartParts from './nl/visits-chart-parts.js';

/**
 * Dutch (Nederlands). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with Dutch's categories (one, other). The
 * reader is addressed with "je", as Dutch software interfaces commonly do; instructions are
 * imperatives ("Controleer …"), labels infinitives ("Link kopiëren").
 * Terms as Matomo and Rocket.Chat users know them: website, token, toegangstoken, superuser,
 * tweefactorauthenticatie, gebruikers-id.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written with a
 * lower-case article, as they stand inside the sentence: "Bezig met laden van het venster “Delen /
 * insluiten”…".
 * `{server}` is an origin or "the configured address", both after "de server op".
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
  'Could not load the data': 'Kan de gegevens niet laden',
  'Something went wrong while loading the data.': 'Er is iets misgegaan bij het laden van de gegevens.',
  'Check the token given to this widget.': 'Controleer het token dat aan deze widget is meegegeven.',
  'Ask an administrator for access, or use a token that has it.': 'Vraag een beheerder om toegang, of gebruik een token dat die toegang wel heeft.',
  'Retry': 'Opnieuw proberen',
  'Try again': 'Probeer het opnieuw',
  'Loading {part}…': 'Bezig met laden van {part}…',
  'Could not load {part}.': 'Kan {part} niet laden.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'De code ervan is niet aangekomen: controleer de netwerkverbinding (een zelf gehoste kopie moet de map chunks naast de bundel aanbieden).',
  'A part of this widget could not be loaded. {reason}': 'Een onderdeel van deze widget kan niet worden geladen. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'Er is geen serveradres ingesteld: stel het attribuut api-base in (of gebruik een <dashboard-config>).',
  'the configured address': 'het ingestelde adres',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'De server op {server} antwoordde vanaf een ander adres (een omleiding, die niet wordt gevolgd); controleer api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'Kan de server op {server} niet bereiken. Controleer de netwerkverbinding en het serveradres; als de server wel draait, staat hij misschien geen verzoeken van deze pagina toe (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'De server heeft niet binnen {count} seconde geantwoord.',
    other: 'De server heeft niet binnen {count} seconden geantwoord.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'De server heeft het toegangstoken niet geaccepteerd: het ontbreekt, is ongeldig of is verlopen.',
  'This account does not have permission for this.': 'Dit account heeft hiervoor geen toestemming.',
  'The server failed (HTTP {status}). Try again later.': 'Er is een fout opgetreden op de server (HTTP {status}). Probeer het later opnieuw.',
  'The server failed (HTTP {status}).': 'Er is een fout opgetreden op de server (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'De server stuurde een leeg antwoord (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'De server stuurde een webpagina in plaats van gegevens (HTTP {status}). Controleer het serveradres.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'Het antwoord van de server is geen geldige JSON (HTTP {status}); misschien is het afgebroken.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'Het antwoord van de server is te groot ({size} MB of meer, de limiet is {limit} MB); het is niet gelezen.',

  'The server reported an error without a message.': 'De server meldde een fout zonder foutmelding.',
  'The server did not accept the access token. ({detail})': 'De server heeft het toegangstoken niet geaccepteerd. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} Er is geen token opgegeven: voor deze gegevens is er wel een nodig.',
  'The server answered with an error (HTTP {status}).': 'De server antwoordde met een fout (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'De server beantwoordde een bulkverzoek niet correct (aanroepen: {asked}, resultaten: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'De server beantwoordde een bulkverzoek zonder lijst met resultaten (aanroepen: {asked}).',
  'The server sent {found} where {expected} was expected.': 'De server stuurde {found} waar {expected} werd verwacht.',
  'an empty value': 'een lege waarde',
  'a list': 'een lijst',
  'a long text': 'een lange tekst',
  'the text "{text}"': 'de tekst “{text}”',
  'an object': 'een object',
  '{type} {value}': 'een waarde van het type {type} ({value})',
  'a list of activities': 'een lijst met activiteiten',
  'the number of activities (a number)': 'het aantal activiteiten (een getal)',
  'a list of logins': 'een lijst met gebruikersnamen',
  'whether this is a super user (yes or no)': 'of dit een superuser is (ja of nee)',
  'a list of sites': 'een lijst met websites',
  'visits per site': 'bezoeken per website',
  'visits per period': 'bezoeken per periode',
  'a list of segments': 'een lijst met segmenten',
  'a list of websites': 'een lijst met websites',
  'The server sent {found} where the annotations of each site were expected.':
    'De server stuurde {found} waar de annotaties van elke website werden verwacht.',
  'The server sent {found} where the annotations of site {site} were expected.':
    'De server stuurde {found} waar de annotaties van website {site} werden verwacht.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'Er is geen website ingesteld: stel het attribuut site-id in (één id, een lijst gescheiden door komma’s of “all”).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'De widget kan de datum “{date}” niet lezen: gebruik lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD of een benoemd bereik zoals this-month.',
  "The server's answer has no visits for site {id}.": 'Het antwoord van de server bevat geen bezoeken voor website {id}.',
  'The server sent no metrics for the period {period}.': 'De server stuurde geen statistieken voor de periode {period}.',
  'Site {id}': 'Website {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'De server op {server} heeft het toegangstoken geweigerd: controleer het, of vernieuw het in Matomo (Persoonlijk › Beveiliging › Auth-tokens). Elke weigering telt als een mislukte aanmelding; na ongeveer 20 blokkeert Matomo dit netwerk een tijdje.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Te veel mislukte aanmeldingen vanaf dit netwerk: de server op {server} weigert voorlopig de verzoeken ervan. Probeer het later opnieuw (over ongeveer 30 minuten), of vraag de beheerder van de server om dit adres te deblokkeren.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'Kan de server op {server} niet bereiken, of hij antwoordt deze pagina niet: controleer het adres en het netwerk, en of cors_domains in Matomo {page} bevat. (Een netwerk dat na te veel mislukte aanmeldingen is geblokkeerd, ziet er precies zo uit: probeer het dan later opnieuw.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'Er is geen Matomo-API op dit adres (HTTP 404). Controleer api-base: dat moet naar de hoofdmap van Matomo wijzen.',

  'The server did not accept the user id and token.': 'De server heeft de gebruikers-id en het token niet geaccepteerd.',
  'The server did not accept the user id and token ({detail}).': 'De server heeft de gebruikers-id en het token niet geaccepteerd ({detail}).',
  'This account may not do this.': 'Dit account mag dit niet doen.',
  'This account may not do this ({detail}).': 'Dit account mag dit niet doen ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'Er is geen Rocket.Chat-API op dit adres (HTTP 404). Controleer api-base: dat moet naar de hoofdmap van de server wijzen.',
  "The server's answer is not an object (HTTP {status}).": 'Het antwoord van de server is geen object (HTTP {status}).',
  'The server sent no list of settings.': 'De server stuurde geen lijst met instellingen.',
  'The server sent no list of public settings.': 'De server stuurde geen lijst met openbare instellingen.',
  'The server listed none of these settings publicly.': 'De server maakt geen van deze instellingen openbaar.',
  "The server's answer for setting {id} has no value.": 'Het antwoord van de server voor instelling {id} bevat geen waarde.',
  'The server sent no list of permissions.': 'De server stuurde geen lijst met rechten.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Geen enkele rol van dit account ({roles}) heeft edit-privileged-setting of manage-selected-settings.',
  'none': 'geen',
  'This account may change only some settings (manage-selected-settings), none of these.': 'Dit account mag alleen bepaalde instellingen wijzigen (manage-selected-settings), en geen van deze.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'Dit account mag alleen bepaalde instellingen wijzigen (manage-selected-settings); de andere zijn alleen-lezen.',

  "The server's answer to the {method} call is not a result of it.": 'Het antwoord van de server op de aanroep {method} is geen resultaat van die aanroep.',
  'This account may not change these settings.': 'Dit account mag deze instellingen niet wijzigen.',
  'This account may not change these settings ({detail}).': 'Dit account mag deze instellingen niet wijzigen ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'De server vraagt om het rustiger aan te doen: probeer het over een paar seconden opnieuw.',
  'The server refused a value.': 'De server heeft een waarde geweigerd.',
  'The server refused a value ({detail}).': 'De server heeft een waarde geweigerd ({detail}).',
  'This server has no {method} method.': 'Deze server heeft geen methode {method}.',
  'This server has no {method} method ({detail}).': 'Deze server heeft geen methode {method} ({detail}).',
  'The server refused the {method} call.': 'De server heeft de aanroep {method} geweigerd.',

  'The server asks for two-factor confirmation to save these settings.': 'De server vraagt om bevestiging met tweefactorauthenticatie om deze instellingen op te slaan.',
  'That two-factor code was not accepted. Try again.': 'Die tweefactorcode is niet geaccepteerd. Probeer het opnieuw.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Te veel onjuiste tweefactorcodes: de server accepteert deze code niet meer.',

  'Share / embed': 'Delen / insluiten',
  'the Share / embed panel': 'het venster “Delen / insluiten”',
  'Close': 'Sluiten',
  'Activity log': 'Activiteitenlogboek',
  'Visits chart': 'Grafiek van bezoeken',
  'Analytics settings': 'Analytics-instellingen',
  'Dashboard widget': 'Dashboardwidget',

  'Widget not found': 'Widget niet gevonden',
  'No widget to show.': 'Geen widget om te tonen.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Deze pagina toont één widget die in het adres wordt genoemd, bijv. #widget={example}. Widgets: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Er is hier geen widget met de naam “{name}” om te tonen. Widgets: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'De code van de widget ({widget}) is niet geladen. Controleer of de widgetbundels naast deze pagina staan.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Dit element kan niet worden gedeeld: dat kan alleen met activity-log, visits-chart en analytics-settings.',
  'Before you share': 'Voordat je deelt',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Iedereen die een gedeelde link of codefragment heeft, kan het token daarin gebruiken. Gebruik een token met alleen weergavetoegang: het token van een Matomo-gebruiker die op deze websites alleen “view”-toegang heeft, nooit dat van een superuser of een beheerder.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Iedereen die een gedeelde link of codefragment heeft, kan het token daarin gebruiken. Gebruik het persoonlijke toegangstoken van een Rocket.Chat-gebruiker zonder beheerdersrechten, nooit dat van een beheerder.',
  'No token is included: the widget will show what the anonymous user may view.': 'Er is geen token meegegeven: de widget toont wat de anonieme gebruiker mag zien.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'Er is geen token meegegeven: Rocket.Chat vraagt de kijker om zich aan te melden, en de widget meldt dat.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.':
    'Met deze kopie kunnen instellingen worden gewijzigd. Sluit de kopie alleen-lezen in, tenzij de mensen met wie je deelt moeten kunnen bewerken.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'Het serveradres gebruikt gewone http: het token zou onversleuteld over het netwerk gaan.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Een Rocket.Chat-token werkt alleen met de id van de bijbehorende gebruiker: vul de gebruikers-id in die bij het token hoort.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'De grafiek telt de periodes terug vanaf een vaste dag (today="{today}"): de gedeelde kopie blijft de periodes van die dag tonen.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Een token dat niet van een superuser is, toont alleen de activiteiten van de eigen gebruiker: met een token met alleen weergavetoegang ziet de ontvanger de activiteiten van die gebruiker, niet die van iedereen. Het voorbeeld hieronder toont precies wat de ontvanger te zien krijgt.',
  'Token for the shared copy': 'Token voor de gedeelde kopie',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Een Matomo-token met alleen weergavetoegang (Persoonlijk > Beveiliging > Auth-tokens van een gebruiker met weergavetoegang). Laat leeg voor anonieme toegang.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'Het persoonlijke toegangstoken van een Rocket.Chat-gebruiker zonder beheerdersrechten.',
  'User id of that token': 'Gebruikers-id van dat token',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'De id van de gebruiker bij wie dat token hoort (Rocket.Chat stuurt ze allebei). Je eigen id wordt nooit gedeeld.',
  'Share read-only (nothing can be changed through the copy)': 'Alleen-lezen delen (via de kopie kan niets worden gewijzigd)',
  'How the shared copy looks': 'Hoe de gedeelde kopie eruitziet',
  'Theme': 'Thema',
  'As the widget here': 'Zoals de widget hier',
  'Light': 'Licht',
  'Dark': 'Donker',
  "Follow the viewer's system": 'Systeeminstelling van de kijker volgen',
  'Background': 'Achtergrond',
  "The widget's": 'Die van de widget',
  'Transparent': 'Transparant',
  'A colour…': 'Een kleur…',
  'Background colour': 'Achtergrondkleur',
  'Language': 'Taal',
  'e.g. de, fr-CH': 'bijv. nl, nl-BE',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Alle woorden, datums en getallen in deze taal (een BCP 47-tag). Leeg: die van de widget, anders die van de browser van de kijker.',
  'Compact: the data alone, without the heading, buttons and controls': 'Compact: alleen de gegevens, zonder kop, knoppen en bedieningselementen',
  'Controls the recipient may use': 'Bedieningselementen die de ontvanger mag gebruiken',
  'Period': 'Periode',
  'Range': 'Bereik',
  'Metric': 'Statistiek',
  'Comparison': 'Vergelijking',
  'Annotations': 'Annotaties',
  'Table view': 'Tabelweergave',
  'Downloads': 'Downloads',
  'Where the widget files are hosted': 'Waar de widgetbestanden worden gehost',
  'Address of the folder holding embed.html and cdn/': 'Adres van de map met embed.html en cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'Het adres van de widgetbestanden kon vanaf deze pagina niet worden gevonden (de widgets komen uit een eigen bundel). Vul het adres in waar embed.html en cdn/ worden aangeboden, of geef het aan de pagina mee met <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Token controleren en voorbeeld tonen',
  'Preview what the recipient sees': 'Bekijken wat de ontvanger ziet',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'Tijdens het typen wordt niets verzonden. Een Matomo-token wordt met één verzoek gecontroleerd, nadat een verzoek zonder token heeft laten zien dat de server antwoordt: Matomo telt elk geweigerd token als een mislukte aanmelding.',
  'Checking the token…': 'Token wordt gecontroleerd…',
  'Super user token.': 'Token van een superuser.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Dit token is van een superuser: wie de gedeelde kopie heeft, kan alles in deze Matomo lezen en wijzigen. Maak een token aan voor een gebruiker met alleen weergavetoegang.',
  "The token was accepted and is not a super user's.": 'Het token is geaccepteerd en is niet van een superuser.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo heeft dit token geweigerd (of blokkeert dit adres na te veel mislukte aanmeldingen). Het is één keer geprobeerd en wordt niet opnieuw geprobeerd: controleer het en klik dan nogmaals op de knop.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'De Matomo-server antwoordde niet, dus het token is niet verzonden. Controleer het serveradres en de CORS-instellingen van de server (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'Het token is gewijzigd sinds het voorbeeld: klik nogmaals op de knop om het voorbeeld met het nieuwe token te zien.',
  'Preview: {widget} as the recipient sees it': 'Voorbeeld: {widget} door de ogen van de ontvanger',
  'Link': 'Link',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Opent de widget op een eigen pagina. De instellingen staan achter de #, die nooit naar een server wordt gestuurd.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Voor elke pagina of elk CMS dat een iframe accepteert. De scriptregel maakt het frame even hoog als de widget; het is een klassiek script, dus het laadt vanaf een andere site zonder CORS-header.',
  'Script tag': 'Scripttag',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Voor een pagina die je zelf beheert: de widget wordt onderdeel van de pagina. De pagina laadt een modulescript van de widgethost, dus die host moet Access-Control-Allow-Origin sturen voor de bestanden in cdn/ (npm start en de openbare npm-CDN’s doen dat), en de widget benadert zijn server vanaf die pagina: Matomo moet de origin van de pagina in cors_domains vermelden (Rocket.Chat: in de CORS-instellingen). Een achtergrond voegt een style-attribuut toe: stel op een pagina waarvan de Content-Security-Policy inline stijlen verbiedt in plaats daarvan --dw-background in de stylesheet in.',
  'Copy link': 'Link kopiëren',
  'Copy iframe': 'Iframe kopiëren',
  'Copy script tag': 'Scripttag kopiëren',
  'Copied the link.': 'Link gekopieerd.',
  'Copied the iframe.': 'Iframe gekopieerd.',
  'Copied the script tag.': 'Scripttag gekopieerd.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'De link is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac) om hem te kopiëren.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Het iframe is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac) om het te kopiëren.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'De scripttag is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac) om hem te kopiëren.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (Matomo, website {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (Matomo, websites {sites})',
  '{widget} (Matomo, all sites)': '{widget} (Matomo, alle websites)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'Maakt het iframe even hoog als de widget (optioneel).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Pagina’s',
  'First': 'Eerste',
  'Last': 'Laatste',
  'Go to…': 'Ga naar…',
  'Previous': 'Vorige',
  'Page {page} of {pages}': 'Pagina {page} van {pages}',
  'Page {page}': 'Pagina {page}',
  'Next': 'Volgende',
  'Rows per page': 'Rijen per pagina',
  'Clear dates': 'Datums wissen',
  'No activities match these filters.': 'Er zijn geen activiteiten die aan deze filters voldoen.',
  'No activities match these filters among those searched.': 'Geen van de doorzochte activiteiten voldoet aan deze filters.',
  'Clear filters': 'Filters wissen',
  'You have no recorded activities yet.': 'Er zijn nog geen activiteiten van jou vastgelegd.',
  'No activities have been recorded yet.': 'Er zijn nog geen activiteiten vastgelegd.',
} satisfies Messages;
