import type { Messages } from '../types.js';
import activityLog from './fr/activity-log.js';
import visitsChart from './fr/visits-chart.js';
import analyticsSettings from './fr/analytics-settings.js';
import activityLogParts from './fr/activity-log-parts.js';
import activityLogReport from './fr/activity-log-report.js';
import activityLogSignins from './fr/activity-log-signins.js';
import activityLogHistory from './fr/activity-log-history.js';
import activityLogFilters from './fr/activity-log-filters.js';
import visitsChartParts from './fr/visits-chart-parts.js';

/**
 * French (français). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with French's categories (one, many, other:
 * `many` is for exact millions, which read as `other` when the count is written in digits, as
 * here). The reader is addressed with "vous", as Matomo and Rocket.Chat do in French. Matomo's and
 * Rocket.Chat's own French words: jeton (token), site, super utilisateur, authentification à deux
 * facteurs.
 * French typography: a no-break space before : and inside « », a narrow one before ; ? !.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written with
 * their article, in lower case (« le panneau … », « l’export »), so that "Impossible de charger
 * {part}." reads whole.
 * `{server}` follows "le serveur": an origin, or "the configured address" ("configuré", which makes
 * "le serveur configuré").
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
  'Could not load the data': 'Impossible de charger les données',
  'Something went wrong while loading the data.': 'Une erreur s’est produite lors du chargement des données.',
  'Check the token given to this widget.': 'Vérifiez le jeton fourni à ce widget.',
  'Ask an administrator for access, or use a token that has it.': 'Demandez l’accès à un administrateur, ou utilisez un jeton qui dispose de cet accès.',
  'Retry': 'Réessayer',
  'Try again': 'Essayer à nouveau',
  'Loading {part}…': 'Chargement en cours : {part}…',
  'Could not load {part}.': 'Impossible de charger {part}.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'Son code n’est pas arrivé : vérifiez la connexion réseau (une copie auto-hébergée doit servir le dossier chunks à côté du bundle).',
  'A part of this widget could not be loaded. {reason}': 'Une partie de ce widget n’a pas pu être chargée. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'Aucune adresse de serveur n’est configurée : renseignez l’attribut api-base (ou un <dashboard-config>).',
  'the configured address': 'configuré',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'Le serveur {server} a répondu depuis une autre adresse (une redirection, qui n’est pas suivie) ; vérifiez api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'Impossible de joindre le serveur {server}. Vérifiez la connexion réseau et l’adresse du serveur ; si le serveur fonctionne, il n’autorise peut-être pas les requêtes venant de cette page (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'Le serveur n’a pas répondu dans le délai de {count} seconde.',
    many: 'Le serveur n’a pas répondu dans le délai de {count} secondes.',
    other: 'Le serveur n’a pas répondu dans le délai de {count} secondes.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'Le serveur n’a pas accepté le jeton d’accès : il est absent, non valide ou expiré.',
  'This account does not have permission for this.': 'Ce compte n’a pas l’autorisation de faire cela.',
  'The server failed (HTTP {status}). Try again later.': 'Erreur du serveur (HTTP {status}). Réessayez plus tard.',
  'The server failed (HTTP {status}).': 'Erreur du serveur (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'Le serveur a envoyé une réponse vide (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'Le serveur a envoyé une page web au lieu de données (HTTP {status}). Vérifiez l’adresse du serveur.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'La réponse du serveur n’est pas du JSON valide (HTTP {status}) ; elle a peut-être été tronquée.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'La réponse du serveur est trop volumineuse ({size} Mo ou plus, pour une limite de {limit} Mo) ; elle n’a pas été lue.',

  'The server reported an error without a message.': 'Le serveur a signalé une erreur sans message.',
  'The server did not accept the access token. ({detail})': 'Le serveur n’a pas accepté le jeton d’accès. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} Aucun jeton n’a été fourni : ces données en exigent un.',
  'The server answered with an error (HTTP {status}).': 'Le serveur a répondu par une erreur (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'Le serveur a répondu à une requête groupée par un nombre de résultats inattendu (appels : {asked}, résultats : {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'Le serveur a répondu à une requête groupée sans liste de résultats (appels : {asked}).',
  'The server sent {found} where {expected} was expected.': 'Le serveur a envoyé {found} alors qu’il fallait {expected}.',
  'an empty value': 'une valeur vide',
  'a list': 'une liste',
  'a long text': 'un texte long',
  'the text "{text}"': 'le texte « {text} »',
  'an object': 'un objet',
  '{type} {value}': 'la valeur {value} ({type})',
  'a list of activities': 'une liste d’activités',
  'the number of activities (a number)': 'le nombre d’activités (un nombre)',
  'a list of logins': 'une liste d’identifiants',
  'whether this is a super user (yes or no)': 'l’indication « super utilisateur » (oui ou non)',
  'a list of sites': 'une liste de sites',
  'visits per site': 'les visites par site',
  'visits per period': 'les visites par période',
  'a list of segments': 'une liste de segments',
  'a list of websites': 'une liste de sites web',
  'The server sent {found} where the annotations of each site were expected.':
    'Le serveur a envoyé {found} alors qu’il fallait les annotations de chaque site.',
  'The server sent {found} where the annotations of site {site} were expected.':
    'Le serveur a envoyé {found} alors qu’il fallait les annotations du site {site}.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'Aucun site n’est configuré : renseignez l’attribut site-id (un identifiant, une liste séparée par des virgules, ou « all »).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'Le widget ne sait pas lire la date « {date} » : utilisez lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD ou une période nommée comme this-month.',
  "The server's answer has no visits for site {id}.": 'La réponse du serveur ne contient aucune visite pour le site {id}.',
  'The server sent no metrics for the period {period}.': 'Le serveur n’a envoyé aucune métrique pour la période {period}.',
  'Site {id}': 'Site {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'Le serveur {server} a refusé le jeton d’accès : vérifiez-le, ou renouvelez-le dans Matomo (Personnel › Sécurité › Jetons d’authentification). Chaque refus compte comme un échec de connexion ; après une vingtaine, Matomo bloque ce réseau pendant un certain temps.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Trop d’échecs de connexion depuis ce réseau : le serveur {server} refuse ses requêtes pour le moment. Réessayez plus tard (dans 30 minutes environ), ou demandez à son administrateur de débloquer cette adresse.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'Impossible de joindre le serveur {server}, ou il ne répond pas à cette page : vérifiez l’adresse et le réseau, et que le paramètre cors_domains de Matomo contient {page}. (Un réseau bloqué après trop d’échecs de connexion se présente de la même façon : réessayez plus tard.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'Il n’y a pas d’API Matomo à cette adresse (HTTP 404). Vérifiez api-base : il doit pointer vers la racine de Matomo.',

  'The server did not accept the user id and token.': 'Le serveur n’a pas accepté l’ID utilisateur et le jeton.',
  'The server did not accept the user id and token ({detail}).': 'Le serveur n’a pas accepté l’ID utilisateur et le jeton ({detail}).',
  'This account may not do this.': 'Ce compte n’est pas autorisé à faire cela.',
  'This account may not do this ({detail}).': 'Ce compte n’est pas autorisé à faire cela ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'Il n’y a pas d’API Rocket.Chat à cette adresse (HTTP 404). Vérifiez api-base : il doit pointer vers la racine du serveur.',
  "The server's answer is not an object (HTTP {status}).": 'La réponse du serveur n’est pas un objet (HTTP {status}).',
  'The server sent no list of settings.': 'Le serveur n’a envoyé aucune liste de paramètres.',
  'The server sent no list of public settings.': 'Le serveur n’a envoyé aucune liste de paramètres publics.',
  'The server listed none of these settings publicly.': 'Le serveur ne rend public aucun de ces paramètres.',
  "The server's answer for setting {id} has no value.": 'La réponse du serveur pour le paramètre {id} ne contient aucune valeur.',
  'The server sent no list of permissions.': 'Le serveur n’a envoyé aucune liste d’autorisations.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Aucun rôle de ce compte ({roles}) ne dispose de edit-privileged-setting ni de manage-selected-settings.',
  'none': 'aucun',
  'This account may change only some settings (manage-selected-settings), none of these.': 'Ce compte ne peut modifier que certains paramètres (manage-selected-settings), et aucun de ceux-ci.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'Ce compte ne peut modifier que certains paramètres (manage-selected-settings) ; les autres sont en lecture seule.',

  "The server's answer to the {method} call is not a result of it.": 'La réponse du serveur à l’appel {method} n’en est pas un résultat.',
  'This account may not change these settings.': 'Ce compte n’est pas autorisé à modifier ces paramètres.',
  'This account may not change these settings ({detail}).': 'Ce compte n’est pas autorisé à modifier ces paramètres ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'Le serveur demande de ralentir : réessayez dans quelques secondes.',
  'The server refused a value.': 'Le serveur a refusé une valeur.',
  'The server refused a value ({detail}).': 'Le serveur a refusé une valeur ({detail}).',
  'This server has no {method} method.': 'Ce serveur n’a pas de méthode {method}.',
  'This server has no {method} method ({detail}).': 'Ce serveur n’a pas de méthode {method} ({detail}).',
  'The server refused the {method} call.': 'Le serveur a refusé l’appel {method}.',

  'The server asks for two-factor confirmation to save these settings.': 'Le serveur demande une confirmation par authentification à deux facteurs pour enregistrer ces paramètres.',
  'That two-factor code was not accepted. Try again.': 'Ce code d’authentification à deux facteurs n’a pas été accepté. Réessayez.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Trop de codes d’authentification à deux facteurs erronés : le serveur n’accepte plus celui-ci.',

  'Share / embed': 'Partager / intégrer',
  'the Share / embed panel': 'le panneau « Partager / intégrer »',
  'Close': 'Fermer',
  'Activity log': 'Journal d’activité',
  'Visits chart': 'Graphique des visites',
  'Analytics settings': 'Paramètres d’analyse',
  'Dashboard widget': 'Widget de tableau de bord',

  'Widget not found': 'Widget introuvable',
  'No widget to show.': 'Aucun widget à afficher.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Cette page affiche un widget nommé dans son adresse, par exemple #widget={example}. Widgets : {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Il n’y a pas de widget nommé « {name} » à afficher ici. Widgets : {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'Le code du widget ({widget}) ne s’est pas chargé. Vérifiez que les bundles des widgets se trouvent à côté de cette page.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Cet élément ne peut pas être partagé : seuls activity-log, visits-chart et analytics-settings peuvent l’être.',
  'Before you share': 'Avant de partager',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Toute personne disposant d’un lien ou d’un extrait de code partagé peut utiliser le jeton qu’il contient. Utilisez un jeton en lecture seule : celui d’un utilisateur Matomo qui n’a qu’un accès en consultation à ces sites, jamais celui d’un super utilisateur ou d’un administrateur.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Toute personne disposant d’un lien ou d’un extrait de code partagé peut utiliser le jeton qu’il contient. Utilisez le jeton d’accès personnel d’un utilisateur Rocket.Chat sans droits d’administration, jamais celui d’un administrateur.',
  'No token is included: the widget will show what the anonymous user may view.': 'Aucun jeton n’est inclus : le widget affichera ce que l’utilisateur anonyme est autorisé à consulter.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'Aucun jeton n’est inclus : Rocket.Chat demandera à la personne qui l’ouvre de se connecter, et le widget l’indiquera.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.':
    'Cette copie permet de modifier des paramètres. Intégrez-la en lecture seule, sauf si les personnes avec qui vous la partagez doivent pouvoir les modifier.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'L’adresse du serveur utilise http sans chiffrement : le jeton circulerait en clair sur le réseau.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Un jeton Rocket.Chat ne fonctionne qu’avec l’ID de son utilisateur : saisissez l’ID utilisateur qui correspond au jeton.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'Le graphique compte ses plages de dates à partir d’un jour fixe (today="{today}") : la copie partagée continuera d’afficher les plages de ce jour-là.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Un jeton qui n’appartient pas à un super utilisateur n’affiche que les activités de son propre utilisateur : avec un jeton en lecture seule, le destinataire voit les activités de cet utilisateur, et non celles de tout le monde. L’aperçu ci-dessous montre exactement ce qu’il verra.',
  'Token for the shared copy': 'Jeton de la copie partagée',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Un jeton Matomo en lecture seule (Personnel > Sécurité > Jetons d’authentification d’un utilisateur disposant d’un accès en consultation). Laissez vide pour un accès anonyme.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'Le jeton d’accès personnel d’un utilisateur Rocket.Chat sans droits d’administration.',
  'User id of that token': 'ID utilisateur de ce jeton',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'L’ID de l’utilisateur à qui appartient ce jeton (Rocket.Chat fournit les deux ensemble). Votre propre ID n’est jamais partagé.',
  'Share read-only (nothing can be changed through the copy)': 'Partager en lecture seule (rien ne peut être modifié par la copie)',
  'How the shared copy looks': 'Apparence de la copie partagée',
  'Theme': 'Thème',
  'As the widget here': 'Comme le widget ici',
  'Light': 'Clair',
  'Dark': 'Sombre',
  "Follow the viewer's system": 'Selon le système de la personne qui consulte',
  'Background': 'Arrière-plan',
  "The widget's": 'Celui du widget',
  'Transparent': 'Transparent',
  'A colour…': 'Une couleur…',
  'Background colour': 'Couleur d’arrière-plan',
  'Language': 'Langue',
  'e.g. de, fr-CH': 'p. ex. de, fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Tous les mots, dates et nombres dans cette langue (un code de langue BCP 47). Vide : celle du widget, sinon celle du navigateur de la personne qui consulte.',
  'Compact: the data alone, without the heading, buttons and controls': 'Compact : les données seules, sans le titre, les boutons ni les commandes',
  'Controls the recipient may use': 'Commandes utilisables par le destinataire',
  'Period': 'Période',
  'Range': 'Plage de dates',
  'Metric': 'Métrique',
  'Comparison': 'Comparaison',
  'Annotations': 'Annotations',
  'Table view': 'Vue tableau',
  'Downloads': 'Téléchargements',
  'Where the widget files are hosted': 'Emplacement des fichiers du widget',
  'Address of the folder holding embed.html and cdn/': 'Adresse du dossier contenant embed.html et cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'Impossible de déterminer depuis cette page l’adresse des fichiers du widget (les widgets proviennent de votre propre bundle). Saisissez l’adresse où embed.html et cdn/ sont servis, ou indiquez-la à la page avec <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Vérifier le jeton et afficher l’aperçu',
  'Preview what the recipient sees': 'Prévisualiser ce que voit le destinataire',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'Rien n’est envoyé pendant la saisie. Un jeton Matomo est vérifié par une seule requête, une fois qu’une requête sans jeton a montré que le serveur répond : Matomo compte chaque jeton refusé comme un échec de connexion.',
  'Checking the token…': 'Vérification du jeton…',
  'Super user token.': 'Jeton de super utilisateur.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Ce jeton appartient à un super utilisateur : quiconque dispose de la copie partagée pourrait tout lire et tout modifier dans ce Matomo. Créez un jeton pour un utilisateur qui n’a qu’un accès en consultation.',
  "The token was accepted and is not a super user's.": 'Le jeton a été accepté et n’appartient pas à un super utilisateur.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo a refusé ce jeton (ou bloque cette adresse après trop d’échecs de connexion). Il a été essayé une fois et ne le sera plus : vérifiez-le, puis cliquez de nouveau sur le bouton.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'Le serveur Matomo n’a pas répondu, le jeton n’a donc pas été envoyé. Vérifiez l’adresse du serveur et ses paramètres CORS (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'Le jeton a changé depuis l’aperçu : cliquez de nouveau sur le bouton pour le voir avec le nouveau jeton.',
  'Preview: {widget} as the recipient sees it': 'Aperçu côté destinataire : {widget}',
  'Link': 'Lien',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Ouvre le widget sur sa propre page. Les réglages figurent après le #, qui n’est jamais envoyé à un serveur.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Pour toute page ou tout CMS qui accepte les iframes. La ligne de script donne au cadre la hauteur du widget ; c’est un script classique, il se charge donc depuis un autre site sans aucun en-tête CORS.',
  'Script tag': 'Balise script',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Pour une page que vous gérez : le widget fait partie de la page. La page charge un script de module depuis l’hôte du widget, qui doit donc envoyer Access-Control-Allow-Origin pour les fichiers de cdn/ (npm start et les CDN npm publics le font), et le widget interroge son serveur depuis cette page : Matomo doit lister l’origine de la page dans cors_domains (Rocket.Chat : dans ses paramètres CORS). Un arrière-plan ajoute un attribut style : sur une page dont la Content-Security-Policy interdit les styles en ligne, définissez plutôt --dw-background dans sa feuille de style.',
  'Copy link': 'Copier le lien',
  'Copy iframe': 'Copier l’iframe',
  'Copy script tag': 'Copier la balise script',
  'Copied the link.': 'Lien copié.',
  'Copied the iframe.': 'Iframe copiée.',
  'Copied the script tag.': 'Balise script copiée.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Le lien est sélectionné : appuyez sur Ctrl+C (Cmd+C sur Mac) pour le copier.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'L’iframe est sélectionnée : appuyez sur Ctrl+C (Cmd+C sur Mac) pour la copier.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'La balise script est sélectionnée : appuyez sur Ctrl+C (Cmd+C sur Mac) pour la copier.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (site Matomo {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (sites Matomo {sites})',
  '{widget} (Matomo, all sites)': '{widget} (tous les sites Matomo)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'Donne à l’iframe la hauteur de son widget (facultatif).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Pages',
  'First': 'Première',
  'Last': 'Dernière',
  'Go to…': 'Aller à…',
  'Previous': 'Précédent',
  'Page {page} of {pages}': 'Page {page} sur {pages}',
  'Page {page}': 'Page {page}',
  'Next': 'Suivant',
  'Rows per page': 'Lignes par page',
  'Clear dates': 'Effacer les dates',
  'No activities match these filters.': 'Aucune activité ne correspond à ces filtres.',
  'No activities match these filters among those searched.': 'Aucune des activités parcourues ne correspond à ces filtres.',
  'Clear filters': 'Effacer les filtres',
  'You have no recorded activities yet.': 'Vous n’avez encore aucune activité enregistrée.',
  'No activities have been recorded yet.': 'Aucune activité n’a encore été enregistrée.',
} satisfies Messages;
