import type { Messages } from '../types.js';

/**
 * French (français). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with French's categories (one, many, other: `many` is for exact
 * millions, which read as `other` when the count is written in digits, as here). The reader is
 * addressed with "vous", as Matomo and Rocket.Chat do in French. Matomo's and Rocket.Chat's own
 * French words: jeton (token), site, super utilisateur, authentification à deux facteurs.
 * French typography: a no-break space before : and inside « », a narrow one before ; ? !.
 * Names of parts (core.part.*: `{part}`) are written with their article, in lower case
 * (« le panneau … », « l’export »), so that "Impossible de charger {part}." reads whole.
 * `{server}` (api.*, api.signIn.*) follows "le serveur": an origin, or api.unknownAddress
 * ("configuré", which makes "le serveur configuré").
 */
export default {
  'core.error.title': 'Impossible de charger les données',
  'core.error.unknown': 'Une erreur s’est produite lors du chargement des données.',
  'core.error.authHint': 'Vérifiez le jeton fourni à ce widget.',
  'core.error.permissionHint': 'Demandez l’accès à un administrateur, ou utilisez un jeton qui dispose de cet accès.',
  'core.retry': 'Réessayer',
  'core.tryAgain': 'Essayer à nouveau',
  'core.part.loading': 'Chargement en cours : {part}…',
  'core.part.failed': 'Impossible de charger {part}.',
  'core.part.missing':
    'Son code n’est pas arrivé : vérifiez la connexion réseau (une copie auto-hébergée doit servir le dossier chunks à côté du bundle).',
  'core.part.error': 'Une partie de ce widget n’a pas pu être chargée. {reason}',

  'api.noAddress': 'Aucune adresse de serveur n’est configurée : renseignez l’attribut api-base (ou un <dashboard-config>).',
  'api.unknownAddress': 'configuré',
  'api.redirect': 'Le serveur {server} a répondu depuis une autre adresse (une redirection, qui n’est pas suivie) ; vérifiez api-base.',
  'api.network':
    'Impossible de joindre le serveur {server}. Vérifiez la connexion réseau et l’adresse du serveur ; si le serveur fonctionne, il n’autorise peut-être pas les requêtes venant de cette page (CORS).',
  'api.timeout': {
    one: 'Le serveur n’a pas répondu dans le délai de {count} seconde.',
    many: 'Le serveur n’a pas répondu dans le délai de {count} secondes.',
    other: 'Le serveur n’a pas répondu dans le délai de {count} secondes.',
  },
  'api.auth': 'Le serveur n’a pas accepté le jeton d’accès : il est absent, non valide ou expiré.',
  'api.permission': 'Ce compte n’a pas l’autorisation de faire cela.',
  'api.failed': 'Erreur du serveur (HTTP {status}). Réessayez plus tard.',
  'api.failedStatus': 'Erreur du serveur (HTTP {status}).',
  'api.empty': 'Le serveur a envoyé une réponse vide (HTTP {status}).',
  'api.webPage': 'Le serveur a envoyé une page web au lieu de données (HTTP {status}). Vérifiez l’adresse du serveur.',
  'api.notJson': 'La réponse du serveur n’est pas du JSON valide (HTTP {status}) ; elle a peut-être été tronquée.',
  'api.tooLarge': 'La réponse du serveur est trop volumineuse ({size} Mo ou plus, pour une limite de {limit} Mo) ; elle n’a pas été lue.',

  'api.matomo.noMessage': 'Le serveur a signalé une erreur sans message.',
  'api.matomo.tokenRefused': 'Le serveur n’a pas accepté le jeton d’accès. ({detail})',
  'api.matomo.needsToken': '{detail} Aucun jeton n’a été fourni : ces données en exigent un.',
  'api.matomo.errorStatus': 'Le serveur a répondu par une erreur (HTTP {status}).',
  'api.matomo.bulk': 'Le serveur a répondu à une requête groupée par un nombre de résultats inattendu (appels : {asked}, résultats : {count}).',
  'api.matomo.bulkNoList': 'Le serveur a répondu à une requête groupée sans liste de résultats (appels : {asked}).',
  'api.matomo.unexpected': 'Le serveur a envoyé {found} alors qu’il fallait {expected}.',
  'api.matomo.found.empty': 'une valeur vide',
  'api.matomo.found.list': 'une liste',
  'api.matomo.found.longText': 'un texte long',
  'api.matomo.found.text': 'le texte « {text} »',
  'api.matomo.found.object': 'un objet',
  'api.matomo.found.value': 'la valeur {value} ({type})',
  'api.matomo.expected.activities': 'une liste d’activités',
  'api.matomo.expected.activityCount': 'le nombre d’activités (un nombre)',
  'api.matomo.expected.logins': 'une liste d’identifiants',
  'api.matomo.expected.superUser': 'l’indication « super utilisateur » (oui ou non)',
  'api.matomo.expected.sites': 'une liste de sites',
  'api.matomo.expected.siteVisits': 'les visites par site',
  'api.matomo.expected.periodVisits': 'les visites par période',
  'api.matomo.expected.segments': 'une liste de segments',
  'api.matomo.noSite': 'Aucun site n’est configuré : renseignez l’attribut site-id (un identifiant ou une liste séparée par des virgules).',
  'api.matomo.badDate':
    'Le graphique lit des jours, des semaines, des mois ou des années sur lastN, previousN ou YYYY-MM-DD,YYYY-MM-DD, et non « {date} » avec la période {period}.',
  'api.matomo.noSiteVisits': 'La réponse du serveur ne contient aucune visite pour le site {id}.',
  'api.matomo.noMetrics': 'Le serveur n’a envoyé aucune métrique pour la période {period}.',
  'api.matomo.site': 'Site {id}',

  'api.signIn.refused':
    'Le serveur {server} a refusé le jeton d’accès : vérifiez-le, ou renouvelez-le dans Matomo (Personnel › Sécurité › Jetons d’authentification). Chaque refus compte comme un échec de connexion ; après une vingtaine, Matomo bloque ce réseau pendant un certain temps.',
  'api.signIn.lockout':
    'Trop d’échecs de connexion depuis ce réseau : le serveur {server} refuse ses requêtes pour le moment. Réessayez plus tard (dans 30 minutes environ), ou demandez à son administrateur de débloquer cette adresse.',
  'api.signIn.unreachable':
    'Impossible de joindre le serveur {server}, ou il ne répond pas à cette page : vérifiez l’adresse et le réseau, et que le paramètre cors_domains de Matomo contient {page}. (Un réseau bloqué après trop d’échecs de connexion se présente de la même façon : réessayez plus tard.)',
  'api.signIn.notFound': 'Il n’y a pas d’API Matomo à cette adresse (HTTP 404). Vérifiez api-base : il doit pointer vers la racine de Matomo.',

  'api.rocketchat.refused': 'Le serveur n’a pas accepté l’ID utilisateur et le jeton.',
  'api.rocketchat.refusedDetail': 'Le serveur n’a pas accepté l’ID utilisateur et le jeton ({detail}).',
  'api.rocketchat.notAllowed': 'Ce compte n’est pas autorisé à faire cela.',
  'api.rocketchat.notAllowedDetail': 'Ce compte n’est pas autorisé à faire cela ({detail}).',
  'api.rocketchat.notFound': 'Il n’y a pas d’API Rocket.Chat à cette adresse (HTTP 404). Vérifiez api-base : il doit pointer vers la racine du serveur.',
  'api.rocketchat.notObject': 'La réponse du serveur n’est pas un objet (HTTP {status}).',
  'api.rocketchat.noSettings': 'Le serveur n’a envoyé aucune liste de paramètres.',
  'api.rocketchat.noPublicSettings': 'Le serveur n’a envoyé aucune liste de paramètres publics.',
  'api.rocketchat.nonePublic': 'Le serveur ne rend public aucun de ces paramètres.',
  'api.rocketchat.noValue': 'La réponse du serveur pour le paramètre {id} ne contient aucune valeur.',
  'api.rocketchat.noPermissions': 'Le serveur n’a envoyé aucune liste d’autorisations.',
  'api.rocketchat.access.none': 'Aucun rôle de ce compte ({roles}) ne dispose de edit-privileged-setting ni de manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'aucun',
  'api.rocketchat.access.noneSelected': 'Ce compte ne peut modifier que certains paramètres (manage-selected-settings), et aucun de ceux-ci.',
  'api.rocketchat.access.some': 'Ce compte ne peut modifier que certains paramètres (manage-selected-settings) ; les autres sont en lecture seule.',

  'api.save.notResult': 'La réponse du serveur à l’appel {method} n’en est pas un résultat.',
  'api.save.notAllowed': 'Ce compte n’est pas autorisé à modifier ces paramètres.',
  'api.save.notAllowedDetail': 'Ce compte n’est pas autorisé à modifier ces paramètres ({detail}).',
  'api.save.slowDown': 'Le serveur demande de ralentir : réessayez dans quelques secondes.',
  'api.save.refusedValue': 'Le serveur a refusé une valeur.',
  'api.save.refusedValueDetail': 'Le serveur a refusé une valeur ({detail}).',
  'api.save.noMethod': 'Ce serveur n’a pas de méthode {method}.',
  'api.save.noMethodDetail': 'Ce serveur n’a pas de méthode {method} ({detail}).',
  'api.save.refusedCall': 'Le serveur a refusé l’appel {method}.',

  'api.twoFactor.required': 'Le serveur demande une confirmation par authentification à deux facteurs pour enregistrer ces paramètres.',
  'api.twoFactor.invalid': 'Ce code d’authentification à deux facteurs n’a pas été accepté. Réessayez.',
  'api.twoFactor.maxAttempts': 'Trop de codes d’authentification à deux facteurs erronés : le serveur n’accepte plus celui-ci.',

  'embed.share': 'Partager / intégrer',
  'embed.sharePart': 'le panneau « Partager / intégrer »',
  'embed.close': 'Fermer',
  'embed.title.activityLog': 'Journal d’activité',
  'embed.title.visitsChart': 'Graphique des visites',
  'embed.title.analyticsSettings': 'Paramètres d’analyse',
  'embed.title.other': 'Widget de tableau de bord',

  'embed.page.notFound': 'Widget introuvable',
  'embed.page.nothing': 'Aucun widget à afficher.',
  'embed.page.noWidget': 'Cette page affiche un widget nommé dans son adresse, par exemple #widget={example}. Widgets : {widgets}.',
  'embed.page.unknown': 'Il n’y a pas de widget nommé « {name} » à afficher ici. Widgets : {widgets}.',
  'embed.page.noCode': 'Le code du widget ({widget}) ne s’est pas chargé. Vérifiez que les bundles des widgets se trouvent à côté de cette page.',

  'embed.share.cannot': 'Cet élément ne peut pas être partagé : seuls activity-log, visits-chart et analytics-settings peuvent l’être.',
  'embed.share.before': 'Avant de partager',
  'embed.share.warn.matomoToken':
    'Toute personne disposant d’un lien ou d’un extrait de code partagé peut utiliser le jeton qu’il contient. Utilisez un jeton en lecture seule : celui d’un utilisateur Matomo qui n’a qu’un accès en consultation à ces sites, jamais celui d’un super utilisateur ou d’un administrateur.',
  'embed.share.warn.chatToken':
    'Toute personne disposant d’un lien ou d’un extrait de code partagé peut utiliser le jeton qu’il contient. Utilisez le jeton d’accès personnel d’un utilisateur Rocket.Chat sans droits d’administration, jamais celui d’un administrateur.',
  'embed.share.warn.matomoNoToken': 'Aucun jeton n’est inclus : le widget affichera ce que l’utilisateur anonyme est autorisé à consulter.',
  'embed.share.warn.chatNoToken': 'Aucun jeton n’est inclus : Rocket.Chat demandera à la personne qui l’ouvre de se connecter, et le widget l’indiquera.',
  'embed.share.warn.editable':
    'Cette copie permet de modifier des paramètres. Intégrez-la en lecture seule, sauf si les personnes avec qui vous la partagez doivent pouvoir les modifier.',
  'embed.share.warn.plainHttp': 'L’adresse du serveur utilise http sans chiffrement : le jeton circulerait en clair sur le réseau.',
  'embed.share.warn.userId': 'Un jeton Rocket.Chat ne fonctionne qu’avec l’ID de son utilisateur : saisissez l’ID utilisateur qui correspond au jeton.',
  'embed.share.warn.fixedDay':
    'Le graphique compte ses plages de dates à partir d’un jour fixe (today="{today}") : la copie partagée continuera d’afficher les plages de ce jour-là.',
  'embed.share.activityLogScope':
    'Un jeton qui n’appartient pas à un super utilisateur n’affiche que les activités de son propre utilisateur : avec un jeton en lecture seule, le destinataire voit les activités de cet utilisateur, et non celles de tout le monde. L’aperçu ci-dessous montre exactement ce qu’il verra.',
  'embed.share.token': 'Jeton de la copie partagée',
  'embed.share.matomoTokenHint':
    'Un jeton Matomo en lecture seule (Personnel > Sécurité > Jetons d’authentification d’un utilisateur disposant d’un accès en consultation). Laissez vide pour un accès anonyme.',
  'embed.share.chatTokenHint': 'Le jeton d’accès personnel d’un utilisateur Rocket.Chat sans droits d’administration.',
  'embed.share.userId': 'ID utilisateur de ce jeton',
  'embed.share.userIdHint': 'L’ID de l’utilisateur à qui appartient ce jeton (Rocket.Chat fournit les deux ensemble). Votre propre ID n’est jamais partagé.',
  'embed.share.readOnly': 'Partager en lecture seule (rien ne peut être modifié par la copie)',
  'embed.share.look': 'Apparence de la copie partagée',
  'embed.share.theme': 'Thème',
  'embed.share.theme.same': 'Comme le widget ici',
  'embed.share.theme.light': 'Clair',
  'embed.share.theme.dark': 'Sombre',
  'embed.share.theme.auto': 'Selon le système de la personne qui consulte',
  'embed.share.background': 'Arrière-plan',
  'embed.share.background.same': 'Celui du widget',
  'embed.share.background.transparent': 'Transparent',
  'embed.share.background.colour': 'Une couleur…',
  'embed.share.colour': 'Couleur d’arrière-plan',
  'embed.share.language': 'Langue',
  'embed.share.languagePlaceholder': 'p. ex. de, fr-CH',
  'embed.share.languageHint':
    'Tous les mots, dates et nombres dans cette langue (un code de langue BCP 47). Vide : celle du widget, sinon celle du navigateur de la personne qui consulte.',
  'embed.share.compact': 'Compact : les données seules, sans le titre, les boutons ni les commandes',
  'embed.share.controls': 'Commandes utilisables par le destinataire',
  'embed.share.control.period': 'Période',
  'embed.share.control.range': 'Plage de dates',
  'embed.share.control.metric': 'Métrique',
  'embed.share.control.compare': 'Comparaison',
  'embed.share.control.view': 'Vue tableau',
  'embed.share.control.export': 'Téléchargements',
  'embed.share.control.share': 'Partager / intégrer',
  'embed.share.hosting': 'Emplacement des fichiers du widget',
  'embed.share.hostingAddress': 'Adresse du dossier contenant embed.html et cdn/',
  'embed.share.notDetected':
    'Impossible de déterminer depuis cette page l’adresse des fichiers du widget (les widgets proviennent de votre propre bundle). Saisissez l’adresse où embed.html et cdn/ sont servis, ou indiquez-la à la page avec <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Vérifier le jeton et afficher l’aperçu',
  'embed.share.preview': 'Prévisualiser ce que voit le destinataire',
  'embed.share.previewHint':
    'Rien n’est envoyé pendant la saisie. Un jeton Matomo est vérifié par une seule requête, une fois qu’une requête sans jeton a montré que le serveur répond : Matomo compte chaque jeton refusé comme un échec de connexion.',
  'embed.share.checking': 'Vérification du jeton…',
  'embed.share.superUser': 'Jeton de super utilisateur.',
  'embed.share.verdict.superUser':
    'Ce jeton appartient à un super utilisateur : quiconque dispose de la copie partagée pourrait tout lire et tout modifier dans ce Matomo. Créez un jeton pour un utilisateur qui n’a qu’un accès en consultation.',
  'embed.share.verdict.limited': 'Le jeton a été accepté et n’appartient pas à un super utilisateur.',
  'embed.share.verdict.refused':
    'Matomo a refusé ce jeton (ou bloque cette adresse après trop d’échecs de connexion). Il a été essayé une fois et ne le sera plus : vérifiez-le, puis cliquez de nouveau sur le bouton.',
  'embed.share.verdict.unreachable':
    'Le serveur Matomo n’a pas répondu, le jeton n’a donc pas été envoyé. Vérifiez l’adresse du serveur et ses paramètres CORS (cors_domains).',
  'embed.share.stalePreview': 'Le jeton a changé depuis l’aperçu : cliquez de nouveau sur le bouton pour le voir avec le nouveau jeton.',
  'embed.share.previewTitle': 'Aperçu côté destinataire : {widget}',
  'embed.share.link': 'Lien',
  'embed.share.linkHint': 'Ouvre le widget sur sa propre page. Les réglages figurent après le #, qui n’est jamais envoyé à un serveur.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Pour toute page ou tout CMS qui accepte les iframes. La ligne de script donne au cadre la hauteur du widget ; c’est un script classique, il se charge donc depuis un autre site sans aucun en-tête CORS.',
  'embed.share.script': 'Balise script',
  'embed.share.scriptHint':
    'Pour une page que vous gérez : le widget fait partie de la page. La page charge un script de module depuis l’hôte du widget, qui doit donc envoyer Access-Control-Allow-Origin pour les fichiers de cdn/ (npm start et les CDN npm publics le font), et le widget interroge son serveur depuis cette page : Matomo doit lister l’origine de la page dans cors_domains (Rocket.Chat : dans ses paramètres CORS). Un arrière-plan ajoute un attribut style : sur une page dont la Content-Security-Policy interdit les styles en ligne, définissez plutôt --dw-background dans sa feuille de style.',
  'embed.share.copy.link': 'Copier le lien',
  'embed.share.copy.iframe': 'Copier l’iframe',
  'embed.share.copy.script': 'Copier la balise script',
  'embed.share.copied.link': 'Lien copié.',
  'embed.share.copied.iframe': 'Iframe copiée.',
  'embed.share.copied.script': 'Balise script copiée.',
  'embed.share.select.link': 'Le lien est sélectionné : appuyez sur Ctrl+C (Cmd+C sur Mac) pour le copier.',
  'embed.share.select.iframe': 'L’iframe est sélectionnée : appuyez sur Ctrl+C (Cmd+C sur Mac) pour la copier.',
  'embed.share.select.script': 'La balise script est sélectionnée : appuyez sur Ctrl+C (Cmd+C sur Mac) pour la copier.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (site Matomo {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (sites Matomo {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (tous les sites Matomo)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Donne à l’iframe la hauteur de son widget (facultatif).',
} satisfies Messages;
