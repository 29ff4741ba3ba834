import type { Messages } from '../types.js';

/**
 * Italian (italiano). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with Italian's categories (one, many, other: `many` is for exact
 * millions, which read as `other` when the count is written in digits, as here). The reader is
 * addressed with "tu", as mainstream software in Italian does (imperatives: Controlla, Riprova).
 * Terms: token, sito, Super User (as Matomo writes it in Italian), impostazioni (settings),
 * autenticazione a due fattori. Quotation marks « », typographic apostrophe ’.
 * Names of parts (core.part.*: `{part}`) are written with their article, in lower case
 * ("il pannello «Condividi / incorpora»"), so that "Impossibile caricare {part}." reads whole.
 * `{server}` (api.*, api.signIn.*) follows "il server": an origin, or api.unknownAddress
 * ("configurato", which makes "il server configurato").
 */
export default {
  'core.error.title': 'Impossibile caricare i dati',
  'core.error.unknown': 'Si è verificato un problema durante il caricamento dei dati.',
  'core.error.authHint': 'Controlla il token assegnato a questo widget.',
  'core.error.permissionHint': 'Chiedi l’accesso a un amministratore oppure usa un token che lo abbia.',
  'core.retry': 'Riprova',
  'core.tryAgain': 'Prova di nuovo',
  'core.part.loading': 'Caricamento in corso: {part}…',
  'core.part.failed': 'Impossibile caricare {part}.',
  'core.part.missing':
    'Il suo codice non è arrivato: controlla la connessione di rete (una copia ospitata sul tuo server deve rendere disponibile la cartella chunks accanto al bundle).',
  'core.part.error': 'Impossibile caricare una parte di questo widget. {reason}',

  'api.noAddress': 'Nessun indirizzo del server configurato: imposta l’attributo api-base (o un <dashboard-config>).',
  'api.unknownAddress': 'configurato',
  'api.redirect': 'Il server {server} ha risposto da un altro indirizzo (un reindirizzamento, che non viene seguito); controlla api-base.',
  'api.network':
    'Impossibile raggiungere il server {server}. Controlla la connessione di rete e l’indirizzo del server; se il server è attivo, potrebbe non accettare richieste da questa pagina (CORS).',
  'api.timeout': {
    one: 'Il server non ha risposto entro {count} secondo.',
    many: 'Il server non ha risposto entro {count} secondi.',
    other: 'Il server non ha risposto entro {count} secondi.',
  },
  'api.auth': 'Il server non ha accettato il token di accesso: è mancante, non valido o scaduto.',
  'api.permission': 'Questo account non ha l’autorizzazione per farlo.',
  'api.failed': 'Errore del server (HTTP {status}). Riprova più tardi.',
  'api.failedStatus': 'Errore del server (HTTP {status}).',
  'api.empty': 'Il server ha inviato una risposta vuota (HTTP {status}).',
  'api.webPage': 'Il server ha inviato una pagina web invece dei dati (HTTP {status}). Controlla l’indirizzo del server.',
  'api.notJson': 'La risposta del server non è un JSON valido (HTTP {status}); potrebbe essere stata troncata.',
  'api.tooLarge': 'La risposta del server è troppo grande ({size} MB o più, il limite è {limit} MB); non è stata letta.',

  'api.matomo.noMessage': 'Il server ha segnalato un errore senza messaggio.',
  'api.matomo.tokenRefused': 'Il server non ha accettato il token di accesso. ({detail})',
  'api.matomo.needsToken': '{detail} Non è stato fornito alcun token: questi dati ne richiedono uno.',
  'api.matomo.errorStatus': 'Il server ha risposto con un errore (HTTP {status}).',
  'api.matomo.bulk': 'Il server ha risposto a una richiesta multipla con un numero di risultati inatteso (chiamate: {asked}, risultati: {count}).',
  'api.matomo.bulkNoList': 'Il server ha risposto a una richiesta multipla senza un elenco di risultati (chiamate: {asked}).',
  'api.matomo.unexpected': 'Il server ha inviato {found}, ma ci si aspettava di ricevere {expected}.',
  'api.matomo.found.empty': 'un valore vuoto',
  'api.matomo.found.list': 'un elenco',
  'api.matomo.found.longText': 'un testo lungo',
  'api.matomo.found.text': 'il testo «{text}»',
  'api.matomo.found.object': 'un oggetto',
  'api.matomo.found.value': 'il valore {value} ({type})',
  'api.matomo.expected.activities': 'un elenco di attività',
  'api.matomo.expected.activityCount': 'il numero di attività (un numero)',
  'api.matomo.expected.logins': 'un elenco di nomi utente',
  'api.matomo.expected.superUser': 'l’indicazione se si tratta di un Super User (sì o no)',
  'api.matomo.expected.sites': 'un elenco di siti',
  'api.matomo.expected.siteVisits': 'le visite per sito',
  'api.matomo.expected.periodVisits': 'le visite per periodo',
  'api.matomo.expected.segments': 'un elenco di segmenti',
  'api.matomo.noSite': 'Nessun sito configurato: imposta l’attributo site-id (un ID o un elenco separato da virgole).',
  'api.matomo.badDate': 'Il grafico legge giorni, settimane, mesi o anni su lastN, previousN o YYYY-MM-DD,YYYY-MM-DD, non «{date}» con il periodo {period}.',
  'api.matomo.noSiteVisits': 'La risposta del server non contiene visite per il sito {id}.',
  'api.matomo.noMetrics': 'Il server non ha inviato metriche per il periodo {period}.',
  'api.matomo.site': 'Sito {id}',

  'api.signIn.refused':
    'Il server {server} ha rifiutato il token di accesso: controllalo o rinnovalo in Matomo (Personale › Sicurezza › Token di autenticazione). Ogni rifiuto conta come un accesso non riuscito; dopo circa 20, Matomo blocca questa rete per un po’.',
  'api.signIn.lockout':
    'Troppi accessi non riusciti da questa rete: per ora il server {server} ne rifiuta le richieste. Riprova più tardi (tra circa 30 minuti) oppure chiedi al suo amministratore di sbloccare questo indirizzo.',
  'api.signIn.unreachable':
    'Impossibile raggiungere il server {server}, oppure non risponde a questa pagina: controlla l’indirizzo e la rete, e che l’impostazione cors_domains di Matomo includa {page}. (Una rete bloccata dopo troppi accessi non riusciti si presenta allo stesso modo: riprova più tardi.)',
  'api.signIn.notFound': 'A questo indirizzo non c’è alcuna API di Matomo (HTTP 404). Controlla api-base: deve puntare alla radice di Matomo.',

  'api.rocketchat.refused': 'Il server non ha accettato l’ID utente e il token.',
  'api.rocketchat.refusedDetail': 'Il server non ha accettato l’ID utente e il token ({detail}).',
  'api.rocketchat.notAllowed': 'Questo account non può farlo.',
  'api.rocketchat.notAllowedDetail': 'Questo account non può farlo ({detail}).',
  'api.rocketchat.notFound': 'A questo indirizzo non c’è alcuna API di Rocket.Chat (HTTP 404). Controlla api-base: deve puntare alla radice del server.',
  'api.rocketchat.notObject': 'La risposta del server non è un oggetto (HTTP {status}).',
  'api.rocketchat.noSettings': 'Il server non ha inviato alcun elenco di impostazioni.',
  'api.rocketchat.noPublicSettings': 'Il server non ha inviato alcun elenco di impostazioni pubbliche.',
  'api.rocketchat.nonePublic': 'Il server non rende pubblica nessuna di queste impostazioni.',
  'api.rocketchat.noValue': 'La risposta del server per l’impostazione {id} non contiene alcun valore.',
  'api.rocketchat.noPermissions': 'Il server non ha inviato alcun elenco di permessi.',
  'api.rocketchat.access.none': 'Nessun ruolo di questo account ({roles}) ha edit-privileged-setting o manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'nessuno',
  'api.rocketchat.access.noneSelected': 'Questo account può modificare solo alcune impostazioni (manage-selected-settings), e nessuna di queste.',
  'api.rocketchat.access.some': 'Questo account può modificare solo alcune impostazioni (manage-selected-settings); le altre sono di sola lettura.',

  'api.save.notResult': 'La risposta del server alla chiamata {method} non è un risultato di quella chiamata.',
  'api.save.notAllowed': 'Questo account non può modificare queste impostazioni.',
  'api.save.notAllowedDetail': 'Questo account non può modificare queste impostazioni ({detail}).',
  'api.save.slowDown': 'Il server chiede di rallentare: riprova tra qualche secondo.',
  'api.save.refusedValue': 'Il server ha rifiutato un valore.',
  'api.save.refusedValueDetail': 'Il server ha rifiutato un valore ({detail}).',
  'api.save.noMethod': 'Questo server non ha il metodo {method}.',
  'api.save.noMethodDetail': 'Questo server non ha il metodo {method} ({detail}).',
  'api.save.refusedCall': 'Il server ha rifiutato la chiamata {method}.',

  'api.twoFactor.required': 'Il server richiede una conferma con l’autenticazione a due fattori per salvare queste impostazioni.',
  'api.twoFactor.invalid': 'Il codice di autenticazione a due fattori non è stato accettato. Riprova.',
  'api.twoFactor.maxAttempts': 'Troppi codici di autenticazione a due fattori errati: il server non accetta più questo codice.',

  'embed.share': 'Condividi / incorpora',
  'embed.sharePart': 'il pannello «Condividi / incorpora»',
  'embed.close': 'Chiudi',
  'embed.title.activityLog': 'Registro attività',
  'embed.title.visitsChart': 'Grafico delle visite',
  'embed.title.analyticsSettings': 'Impostazioni di analisi',
  'embed.title.other': 'Widget della dashboard',

  'embed.page.notFound': 'Widget non trovato',
  'embed.page.nothing': 'Nessun widget da mostrare.',
  'embed.page.noWidget': 'Questa pagina mostra un widget indicato nel suo indirizzo, ad es. #widget={example}. Widget disponibili: {widgets}.',
  'embed.page.unknown': 'Qui non c’è alcun widget chiamato «{name}» da mostrare. Widget disponibili: {widgets}.',
  'embed.page.noCode': 'Il codice del widget ({widget}) non è stato caricato. Controlla che i bundle dei widget si trovino accanto a questa pagina.',

  'embed.share.cannot': 'Questo elemento non si può condividere: si possono condividere solo activity-log, visits-chart e analytics-settings.',
  'embed.share.before': 'Prima di condividere',
  'embed.share.warn.matomoToken':
    'Chiunque abbia un link o uno snippet condiviso può usare il token che contiene. Usa un token di sola lettura: quello di un utente Matomo che ha solo accesso in visualizzazione a questi siti, mai quello di un Super User o di un amministratore.',
  'embed.share.warn.chatToken':
    'Chiunque abbia un link o uno snippet condiviso può usare il token che contiene. Usa il token di accesso personale di un utente Rocket.Chat senza diritti di amministrazione, mai quello di un amministratore.',
  'embed.share.warn.matomoNoToken': 'Nessun token incluso: il widget mostrerà ciò che l’utente anonimo può vedere.',
  'embed.share.warn.chatNoToken': 'Nessun token incluso: Rocket.Chat chiederà a chi lo apre di accedere e il widget lo segnalerà.',
  'embed.share.warn.editable':
    'Questa copia può modificare le impostazioni. Incorporala in sola lettura, a meno che le persone con cui la condividi non debbano poterle modificare.',
  'embed.share.warn.plainHttp': 'L’indirizzo del server usa http e non https: il token attraverserebbe la rete senza cifratura.',
  'embed.share.warn.userId': 'Un token di Rocket.Chat funziona solo con l’ID del suo utente: inserisci l’ID utente associato al token.',
  'embed.share.warn.fixedDay':
    'Il grafico conta i suoi intervalli a ritroso da un giorno fisso (today="{today}"): la copia condivisa continuerà a mostrare gli intervalli di quel giorno.',
  'embed.share.activityLogScope':
    'Un token che non appartiene a un Super User mostra solo le attività del proprio utente: con un token di sola lettura, il destinatario vede le attività di quell’utente, non quelle di tutti. L’anteprima qui sotto mostra esattamente ciò che vedrà.',
  'embed.share.token': 'Token per la copia condivisa',
  'embed.share.matomoTokenHint':
    'Un token Matomo di sola lettura (Personale > Sicurezza > Token di autenticazione di un utente con accesso in visualizzazione). Lascia vuoto per l’accesso anonimo.',
  'embed.share.chatTokenHint': 'Il token di accesso personale di un utente Rocket.Chat senza diritti di amministrazione.',
  'embed.share.userId': 'ID utente di quel token',
  'embed.share.userIdHint': 'L’ID dell’utente a cui appartiene quel token (Rocket.Chat li fornisce entrambi). Il tuo ID non viene mai condiviso.',
  'embed.share.readOnly': 'Condividi in sola lettura (tramite la copia non si può modificare nulla)',
  'embed.share.look': 'Aspetto della copia condivisa',
  'embed.share.theme': 'Tema',
  'embed.share.theme.same': 'Come il widget qui',
  'embed.share.theme.light': 'Chiaro',
  'embed.share.theme.dark': 'Scuro',
  'embed.share.theme.auto': 'Segui il sistema di chi guarda',
  'embed.share.background': 'Sfondo',
  'embed.share.background.same': 'Quello del widget',
  'embed.share.background.transparent': 'Trasparente',
  'embed.share.background.colour': 'Un colore…',
  'embed.share.colour': 'Colore di sfondo',
  'embed.share.language': 'Lingua',
  'embed.share.languagePlaceholder': 'ad es. de, fr-CH',
  'embed.share.languageHint':
    'Ogni parola, data e numero in questa lingua (un tag di lingua BCP 47). Vuoto: quella del widget, altrimenti quella del browser di chi guarda.',
  'embed.share.compact': 'Compatto: solo i dati, senza titolo, pulsanti e controlli',
  'embed.share.controls': 'Controlli che il destinatario può usare',
  'embed.share.control.period': 'Periodo',
  'embed.share.control.range': 'Intervallo',
  'embed.share.control.metric': 'Metrica',
  'embed.share.control.compare': 'Confronto',
  'embed.share.control.view': 'Vista tabella',
  'embed.share.control.export': 'Download',
  'embed.share.control.share': 'Condividi / incorpora',
  'embed.share.hosting': 'Dove sono ospitati i file del widget',
  'embed.share.hostingAddress': 'Indirizzo della cartella che contiene embed.html e cdn/',
  'embed.share.notDetected':
    'Impossibile determinare da questa pagina l’indirizzo dei file del widget (i widget provengono da un tuo bundle). Inserisci l’indirizzo da cui vengono serviti embed.html e cdn/, oppure indicalo alla pagina con <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Verifica il token e mostra l’anteprima',
  'embed.share.preview': 'Mostra l’anteprima per il destinatario',
  'embed.share.previewHint':
    'Mentre scrivi non viene inviato nulla. Un token Matomo viene verificato con una sola richiesta, dopo che una richiesta senza token ha mostrato che il server risponde: Matomo conta ogni token rifiutato come un accesso non riuscito.',
  'embed.share.checking': 'Verifica del token in corso…',
  'embed.share.superUser': 'Token di un Super User.',
  'embed.share.verdict.superUser':
    'Questo token appartiene a un Super User: chiunque abbia la copia condivisa potrebbe leggere e modificare tutto in questo Matomo. Crea un token per un utente che abbia solo accesso in visualizzazione.',
  'embed.share.verdict.limited': 'Il token è stato accettato e non appartiene a un Super User.',
  'embed.share.verdict.refused':
    'Matomo ha rifiutato questo token (oppure blocca questo indirizzo dopo troppi accessi non riusciti). È stato provato una volta e non verrà riprovato: controllalo, poi premi di nuovo il pulsante.',
  'embed.share.verdict.unreachable':
    'Il server Matomo non ha risposto, quindi il token non è stato inviato. Controlla l’indirizzo del server e le sue impostazioni CORS (cors_domains).',
  'embed.share.stalePreview': 'Il token è cambiato dopo l’anteprima: premi di nuovo il pulsante per vederla con il nuovo token.',
  'embed.share.previewTitle': 'Anteprima per il destinatario: {widget}',
  'embed.share.link': 'Link',
  'embed.share.linkHint': 'Apre il widget in una pagina a sé. Le impostazioni viaggiano dopo il #, che non viene mai inviato a un server.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Per qualsiasi pagina o CMS che accetti un iframe. La riga di script rende il riquadro alto quanto il widget; è uno script classico, quindi si carica da un altro sito senza alcuna intestazione CORS.',
  'embed.share.script': 'Tag script',
  'embed.share.scriptHint':
    'Per una pagina che gestisci tu: il widget diventa parte della pagina. La pagina carica uno script di tipo modulo dall’host del widget, quindi quell’host deve inviare Access-Control-Allow-Origin per i file di cdn/ (npm start e le CDN npm pubbliche lo fanno), e il widget interroga il suo server da quella pagina: Matomo deve elencare l’origine della pagina in cors_domains (Rocket.Chat: nelle sue impostazioni CORS). Uno sfondo aggiunge un attributo style: in una pagina la cui Content-Security-Policy vieta gli stili inline, imposta invece --dw-background nel suo foglio di stile.',
  'embed.share.copy.link': 'Copia link',
  'embed.share.copy.iframe': 'Copia iframe',
  'embed.share.copy.script': 'Copia tag script',
  'embed.share.copied.link': 'Link copiato.',
  'embed.share.copied.iframe': 'Iframe copiato.',
  'embed.share.copied.script': 'Tag script copiato.',
  'embed.share.select.link': 'Il link è selezionato: premi Ctrl+C (Cmd+C su Mac) per copiarlo.',
  'embed.share.select.iframe': 'L’iframe è selezionato: premi Ctrl+C (Cmd+C su Mac) per copiarlo.',
  'embed.share.select.script': 'Il tag script è selezionato: premi Ctrl+C (Cmd+C su Mac) per copiarlo.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo, sito {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo, siti {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo, tutti i siti)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Rende l’iframe alto quanto il suo widget (facoltativo).',
} satisfies Messages;
