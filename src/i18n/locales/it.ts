import type { Messages } from '../types.js';
import activityLog from './it/activity-log.js';
import visitsChart from './it/visits-chart.js';
import analyticsSettings from './it/analytics-settings.js';
import activityLogParts from './it/activity-log-parts.js';
import activityLogReport from './it/activity-log-report.js';
import activityLogSignins from './it/activity-log-signins.js';
import activityLogHistory from './it/activity-log-history.js';
import activityLogFilters from './it/activity-log-filters.js';
import visitsChartParts from './it/visits-chart-parts.js';

/**
 * Italian (italiano). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with Italian's categories (one, many, other:
 * `many` is for exact millions, which read as `other` when the count is written in digits, as
 * here). The reader is addressed with "tu", as mainstream software in Italian does (imperatives:
 * Controlla, Riprova).
 * Terms: token, sito, Super User (as Matomo writes it in Italian), impostazioni (settings),
 * autenticazione a due fattori. Quotation marks « », typographic apostrophe ’.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written with
 * their article, in lower case ("il pannello «Condividi / incorpora»"), so that "Impossibile
 * caricare {part}." reads whole.
 * `{server}` follows "il server": an origin, or "the configured address" ("configurato", which
 * makes "il server configurato").
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
  'Could not load the data': 'Impossibile caricare i dati',
  'Something went wrong while loading the data.': 'Si è verificato un problema durante il caricamento dei dati.',
  'Check the token given to this widget.': 'Controlla il token assegnato a questo widget.',
  'Ask an administrator for access, or use a token that has it.': 'Chiedi l’accesso a un amministratore oppure usa un token che lo abbia.',
  'Retry': 'Riprova',
  'Try again': 'Prova di nuovo',
  'Loading {part}…': 'Caricamento in corso: {part}…',
  'Could not load {part}.': 'Impossibile caricare {part}.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'Il suo codice non è arrivato: controlla la connessione di rete (una copia ospitata sul tuo server deve rendere disponibile la cartella chunks accanto al bundle).',
  'A part of this widget could not be loaded. {reason}': 'Impossibile caricare una parte di questo widget. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'Nessun indirizzo del server configurato: imposta l’attributo api-base (o un <dashboard-config>).',
  'the configured address': 'configurato',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'Il server {server} ha risposto da un altro indirizzo (un reindirizzamento, che non viene seguito); controlla api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'Impossibile raggiungere il server {server}. Controlla la connessione di rete e l’indirizzo del server; se il server è attivo, potrebbe non accettare richieste da questa pagina (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'Il server non ha risposto entro {count} secondo.',
    many: 'Il server non ha risposto entro {count} secondi.',
    other: 'Il server non ha risposto entro {count} secondi.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'Il server non ha accettato il token di accesso: è mancante, non valido o scaduto.',
  'This account does not have permission for this.': 'Questo account non ha l’autorizzazione per farlo.',
  'The server failed (HTTP {status}). Try again later.': 'Errore del server (HTTP {status}). Riprova più tardi.',
  'The server failed (HTTP {status}).': 'Errore del server (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'Il server ha inviato una risposta vuota (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'Il server ha inviato una pagina web invece dei dati (HTTP {status}). Controlla l’indirizzo del server.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'La risposta del server non è un JSON valido (HTTP {status}); potrebbe essere stata troncata.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'La risposta del server è troppo grande ({size} MB o più, il limite è {limit} MB); non è stata letta.',

  'The server reported an error without a message.': 'Il server ha segnalato un errore senza messaggio.',
  'The server did not accept the access token. ({detail})': 'Il server non ha accettato il token di accesso. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} Non è stato fornito alcun token: questi dati ne richiedono uno.',
  'The server answered with an error (HTTP {status}).': 'Il server ha risposto con un errore (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'Il server ha risposto a una richiesta multipla con un numero di risultati inatteso (chiamate: {asked}, risultati: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'Il server ha risposto a una richiesta multipla senza un elenco di risultati (chiamate: {asked}).',
  'The server sent {found} where {expected} was expected.': 'Il server ha inviato {found}, ma ci si aspettava di ricevere {expected}.',
  'an empty value': 'un valore vuoto',
  'a list': 'un elenco',
  'a long text': 'un testo lungo',
  'the text "{text}"': 'il testo «{text}»',
  'an object': 'un oggetto',
  '{type} {value}': 'il valore {value} ({type})',
  'a list of activities': 'un elenco di attività',
  'the number of activities (a number)': 'il numero di attività (un numero)',
  'a list of logins': 'un elenco di nomi utente',
  'whether this is a super user (yes or no)': 'l’indicazione se si tratta di un Super User (sì o no)',
  'a list of sites': 'un elenco di siti',
  'visits per site': 'le visite per sito',
  'visits per period': 'le visite per periodo',
  'a list of segments': 'un elenco di segmenti',
  'a list of websites': 'un elenco di siti web',
  'The server sent {found} where the annotations of each site were expected.':
    'Il server ha inviato {found}, ma ci si aspettava di ricevere le annotazioni di ciascun sito.',
  'The server sent {found} where the annotations of site {site} were expected.':
    'Il server ha inviato {found}, ma ci si aspettava di ricevere le annotazioni del sito {site}.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'Nessun sito configurato: imposta l’attributo site-id (un ID, un elenco separato da virgole o «all»).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'Il widget non riesce a leggere la data «{date}»: usa lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD o un intervallo con nome come this-month.',
  "The server's answer has no visits for site {id}.": 'La risposta del server non contiene visite per il sito {id}.',
  'The server sent no metrics for the period {period}.': 'Il server non ha inviato metriche per il periodo {period}.',
  'Site {id}': 'Sito {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'Il server {server} ha rifiutato il token di accesso: controllalo o rinnovalo in Matomo (Personale › Sicurezza › Token di autenticazione). Ogni rifiuto conta come un accesso non riuscito; dopo circa 20, Matomo blocca questa rete per un po’.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Troppi accessi non riusciti da questa rete: per ora il server {server} ne rifiuta le richieste. Riprova più tardi (tra circa 30 minuti) oppure chiedi al suo amministratore di sbloccare questo indirizzo.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'Impossibile raggiungere il server {server}, oppure non risponde a questa pagina: controlla l’indirizzo e la rete, e che l’impostazione cors_domains di Matomo includa {page}. (Una rete bloccata dopo troppi accessi non riusciti si presenta allo stesso modo: riprova più tardi.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'A questo indirizzo non c’è alcuna API di Matomo (HTTP 404). Controlla api-base: deve puntare alla radice di Matomo.',

  'The server did not accept the user id and token.': 'Il server non ha accettato l’ID utente e il token.',
  'The server did not accept the user id and token ({detail}).': 'Il server non ha accettato l’ID utente e il token ({detail}).',
  'This account may not do this.': 'Questo account non può farlo.',
  'This account may not do this ({detail}).': 'Questo account non può farlo ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'A questo indirizzo non c’è alcuna API di Rocket.Chat (HTTP 404). Controlla api-base: deve puntare alla radice del server.',
  "The server's answer is not an object (HTTP {status}).": 'La risposta del server non è un oggetto (HTTP {status}).',
  'The server sent no list of settings.': 'Il server non ha inviato alcun elenco di impostazioni.',
  'The server sent no list of public settings.': 'Il server non ha inviato alcun elenco di impostazioni pubbliche.',
  'The server listed none of these settings publicly.': 'Il server non rende pubblica nessuna di queste impostazioni.',
  "The server's answer for setting {id} has no value.": 'La risposta del server per l’impostazione {id} non contiene alcun valore.',
  'The server sent no list of permissions.': 'Il server non ha inviato alcun elenco di permessi.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Nessun ruolo di questo account ({roles}) ha edit-privileged-setting o manage-selected-settings.',
  'none': 'nessuno',
  'This account may change only some settings (manage-selected-settings), none of these.': 'Questo account può modificare solo alcune impostazioni (manage-selected-settings), e nessuna di queste.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'Questo account può modificare solo alcune impostazioni (manage-selected-settings); le altre sono di sola lettura.',

  "The server's answer to the {method} call is not a result of it.": 'La risposta del server alla chiamata {method} non è un risultato di quella chiamata.',
  'This account may not change these settings.': 'Questo account non può modificare queste impostazioni.',
  'This account may not change these settings ({detail}).': 'Questo account non può modificare queste impostazioni ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'Il server chiede di rallentare: riprova tra qualche secondo.',
  'The server refused a value.': 'Il server ha rifiutato un valore.',
  'The server refused a value ({detail}).': 'Il server ha rifiutato un valore ({detail}).',
  'This server has no {method} method.': 'Questo server non ha il metodo {method}.',
  'This server has no {method} method ({detail}).': 'Questo server non ha il metodo {method} ({detail}).',
  'The server refused the {method} call.': 'Il server ha rifiutato la chiamata {method}.',

  'The server asks for two-factor confirmation to save these settings.': 'Il server richiede una conferma con l’autenticazione a due fattori per salvare queste impostazioni.',
  'That two-factor code was not accepted. Try again.': 'Il codice di autenticazione a due fattori non è stato accettato. Riprova.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Troppi codici di autenticazione a due fattori errati: il server non accetta più questo codice.',

  'Share / embed': 'Condividi / incorpora',
  'the Share / embed panel': 'il pannello «Condividi / incorpora»',
  'Close': 'Chiudi',
  'Activity log': 'Registro attività',
  'Visits chart': 'Grafico delle visite',
  'Analytics settings': 'Impostazioni di analisi',
  'Dashboard widget': 'Widget della dashboard',

  'Widget not found': 'Widget non trovato',
  'No widget to show.': 'Nessun widget da mostrare.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Questa pagina mostra un widget indicato nel suo indirizzo, ad es. #widget={example}. Widget disponibili: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Qui non c’è alcun widget chiamato «{name}» da mostrare. Widget disponibili: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'Il codice del widget ({widget}) non è stato caricato. Controlla che i bundle dei widget si trovino accanto a questa pagina.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Questo elemento non si può condividere: si possono condividere solo activity-log, visits-chart e analytics-settings.',
  'Before you share': 'Prima di condividere',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Chiunque abbia un link o uno snippet condiviso può usare il token che contiene. Usa un token di sola lettura: quello di un utente Matomo che ha solo accesso in visualizzazione a questi siti, mai quello di un Super User o di un amministratore.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Chiunque abbia un link o uno snippet condiviso può usare il token che contiene. Usa il token di accesso personale di un utente Rocket.Chat senza diritti di amministrazione, mai quello di un amministratore.',
  'No token is included: the widget will show what the anonymous user may view.': 'Nessun token incluso: il widget mostrerà ciò che l’utente anonimo può vedere.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'Nessun token incluso: Rocket.Chat chiederà a chi lo apre di accedere e il widget lo segnalerà.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.':
    'Questa copia può modificare le impostazioni. Incorporala in sola lettura, a meno che le persone con cui la condividi non debbano poterle modificare.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'L’indirizzo del server usa http e non https: il token attraverserebbe la rete senza cifratura.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Un token di Rocket.Chat funziona solo con l’ID del suo utente: inserisci l’ID utente associato al token.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'Il grafico conta i suoi intervalli a ritroso da un giorno fisso (today="{today}"): la copia condivisa continuerà a mostrare gli intervalli di quel giorno.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Un token che non appartiene a un Super User mostra solo le attività del proprio utente: con un token di sola lettura, il destinatario vede le attività di quell’utente, non quelle di tutti. L’anteprima qui sotto mostra esattamente ciò che vedrà.',
  'Token for the shared copy': 'Token per la copia condivisa',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Un token Matomo di sola lettura (Personale > Sicurezza > Token di autenticazione di un utente con accesso in visualizzazione). Lascia vuoto per l’accesso anonimo.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'Il token di accesso personale di un utente Rocket.Chat senza diritti di amministrazione.',
  'User id of that token': 'ID utente di quel token',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'L’ID dell’utente a cui appartiene quel token (Rocket.Chat li fornisce entrambi). Il tuo ID non viene mai condiviso.',
  'Share read-only (nothing can be changed through the copy)': 'Condividi in sola lettura (tramite la copia non si può modificare nulla)',
  'How the shared copy looks': 'Aspetto della copia condivisa',
  'Theme': 'Tema',
  'As the widget here': 'Come il widget qui',
  'Light': 'Chiaro',
  'Dark': 'Scuro',
  "Follow the viewer's system": 'Segui il sistema di chi guarda',
  'Background': 'Sfondo',
  "The widget's": 'Quello del widget',
  'Transparent': 'Trasparente',
  'A colour…': 'Un colore…',
  'Background colour': 'Colore di sfondo',
  'Language': 'Lingua',
  'e.g. de, fr-CH': 'ad es. de, fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Ogni parola, data e numero in questa lingua (un tag di lingua BCP 47). Vuoto: quella del widget, altrimenti quella del browser di chi guarda.',
  'Compact: the data alone, without the heading, buttons and controls': 'Compatto: solo i dati, senza titolo, pulsanti e controlli',
  'Controls the recipient may use': 'Controlli che il destinatario può usare',
  'Period': 'Periodo',
  'Range': 'Intervallo',
  'Metric': 'Metrica',
  'Comparison': 'Confronto',
  'Annotations': 'Annotazioni',
  'Table view': 'Vista tabella',
  'Downloads': 'Download',
  'Where the widget files are hosted': 'Dove sono ospitati i file del widget',
  'Address of the folder holding embed.html and cdn/': 'Indirizzo della cartella che contiene embed.html e cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'Impossibile determinare da questa pagina l’indirizzo dei file del widget (i widget provengono da un tuo bundle). Inserisci l’indirizzo da cui vengono serviti embed.html e cdn/, oppure indicalo alla pagina con <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Verifica il token e mostra l’anteprima',
  'Preview what the recipient sees': 'Mostra l’anteprima per il destinatario',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'Mentre scrivi non viene inviato nulla. Un token Matomo viene verificato con una sola richiesta, dopo che una richiesta senza token ha mostrato che il server risponde: Matomo conta ogni token rifiutato come un accesso non riuscito.',
  'Checking the token…': 'Verifica del token in corso…',
  'Super user token.': 'Token di un Super User.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Questo token appartiene a un Super User: chiunque abbia la copia condivisa potrebbe leggere e modificare tutto in questo Matomo. Crea un token per un utente che abbia solo accesso in visualizzazione.',
  "The token was accepted and is not a super user's.": 'Il token è stato accettato e non appartiene a un Super User.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo ha rifiutato questo token (oppure blocca questo indirizzo dopo troppi accessi non riusciti). È stato provato una volta e non verrà riprovato: controllalo, poi premi di nuovo il pulsante.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'Il server Matomo non ha risposto, quindi il token non è stato inviato. Controlla l’indirizzo del server e le sue impostazioni CORS (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'Il token è cambiato dopo l’anteprima: premi di nuovo il pulsante per vederla con il nuovo token.',
  'Preview: {widget} as the recipient sees it': 'Anteprima per il destinatario: {widget}',
  'Link': 'Link',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Apre il widget in una pagina a sé. Le impostazioni viaggiano dopo il #, che non viene mai inviato a un server.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Per qualsiasi pagina o CMS che accetti un iframe. La riga di script rende il riquadro alto quanto il widget; è uno script classico, quindi si carica da un altro sito senza alcuna intestazione CORS.',
  'Script tag': 'Tag script',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Per una pagina che gestisci tu: il widget diventa parte della pagina. La pagina carica uno script di tipo modulo dall’host del widget, quindi quell’host deve inviare Access-Control-Allow-Origin per i file di cdn/ (npm start e le CDN npm pubbliche lo fanno), e il widget interroga il suo server da quella pagina: Matomo deve elencare l’origine della pagina in cors_domains (Rocket.Chat: nelle sue impostazioni CORS). Uno sfondo aggiunge un attributo style: in una pagina la cui Content-Security-Policy vieta gli stili inline, imposta invece --dw-background nel suo foglio di stile.',
  'Copy link': 'Copia link',
  'Copy iframe': 'Copia iframe',
  'Copy script tag': 'Copia tag script',
  'Copied the link.': 'Link copiato.',
  'Copied the iframe.': 'Iframe copiato.',
  'Copied the script tag.': 'Tag script copiato.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Il link è selezionato: premi Ctrl+C (Cmd+C su Mac) per copiarlo.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'L’iframe è selezionato: premi Ctrl+C (Cmd+C su Mac) per copiarlo.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Il tag script è selezionato: premi Ctrl+C (Cmd+C su Mac) per copiarlo.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (Matomo, sito {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (Matomo, siti {sites})',
  '{widget} (Matomo, all sites)': '{widget} (Matomo, tutti i siti)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'Rende l’iframe alto quanto il suo widget (facoltativo).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Pagine',
  'First': 'Prima',
  'Last': 'Ultima',
  'Go to…': 'Vai a…',
  'Previous': 'Precedente',
  'Page {page} of {pages}': 'Pagina {page} di {pages}',
  'Page {page}': 'Pagina {page}',
  'Next': 'Successiva',
  'Rows per page': 'Righe per pagina',
  'Clear dates': 'Cancella le date',
  'No activities match these filters.': 'Nessuna attività corrisponde a questi filtri.',
  'No activities match these filters among those searched.': 'Nessuna delle attività esaminate corrisponde a questi filtri.',
  'Clear filters': 'Cancella i filtri',
  'You have no recorded activities yet.': 'Non hai ancora attività registrate.',
  'No activities have been recorded yet.': 'Non è stata ancora registrata alcuna attività.',
} satisfies Messages;
