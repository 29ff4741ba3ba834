import type { Messages } from '../types.js';

/**
 * Spanish (español). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with Spanish's categories (one, many, other: `many` is for exact
 * millions, which read as `other` when the count is written in digits, as here). The reader is
 * addressed with "tú", as mainstream software in Spanish does, in words common to Spain and Latin
 * America (no vosotros, no regional vocabulary). Terms: token, sitio, superusuario, ajustes
 * (settings), autenticación de dos factores. Quotation marks « ».
 * Names of parts (core.part.*: `{part}`) are written with their article, in lower case
 * ("el panel «Compartir / insertar»"), so that "Cargando {part}…" reads whole.
 * `{server}` (api.*, api.signIn.*) follows "el servidor": an origin, or api.unknownAddress
 * ("configurado", which makes "el servidor configurado").
 */
export default {
  'core.error.title': 'No se pudieron cargar los datos',
  'core.error.unknown': 'Algo salió mal al cargar los datos.',
  'core.error.authHint': 'Comprueba el token asignado a este widget.',
  'core.error.permissionHint': 'Pide acceso a un administrador o usa un token que lo tenga.',
  'core.retry': 'Reintentar',
  'core.tryAgain': 'Volver a intentarlo',
  'core.part.loading': 'Cargando {part}…',
  'core.part.failed': 'No se pudo cargar {part}.',
  'core.part.missing':
    'Su código no llegó: comprueba la conexión de red (una copia alojada en tu propio servidor debe servir la carpeta chunks junto al bundle).',
  'core.part.error': 'No se pudo cargar una parte de este widget. {reason}',

  'api.noAddress': 'No hay ninguna dirección de servidor configurada: define el atributo api-base (o un <dashboard-config>).',
  'api.unknownAddress': 'configurado',
  'api.redirect': 'El servidor {server} respondió desde otra dirección (una redirección, que no se sigue); comprueba api-base.',
  'api.network':
    'No se pudo conectar con el servidor {server}. Comprueba la conexión de red y la dirección del servidor; si el servidor está en funcionamiento, puede que no admita solicitudes desde esta página (CORS).',
  'api.timeout': {
    one: 'El servidor no respondió en {count} segundo.',
    many: 'El servidor no respondió en {count} segundos.',
    other: 'El servidor no respondió en {count} segundos.',
  },
  'api.auth': 'El servidor no aceptó el token de acceso: falta, no es válido o ha caducado.',
  'api.permission': 'Esta cuenta no tiene permiso para hacer esto.',
  'api.failed': 'Error del servidor (HTTP {status}). Vuelve a intentarlo más tarde.',
  'api.failedStatus': 'Error del servidor (HTTP {status}).',
  'api.empty': 'El servidor envió una respuesta vacía (HTTP {status}).',
  'api.webPage': 'El servidor envió una página web en lugar de datos (HTTP {status}). Comprueba la dirección del servidor.',
  'api.notJson': 'La respuesta del servidor no es un JSON válido (HTTP {status}); puede que se haya cortado.',
  'api.tooLarge': 'La respuesta del servidor es demasiado grande ({size} MB o más; el límite es de {limit} MB), así que no se ha leído.',

  'api.matomo.noMessage': 'El servidor informó de un error sin mensaje.',
  'api.matomo.tokenRefused': 'El servidor no aceptó el token de acceso. ({detail})',
  'api.matomo.needsToken': '{detail} No se indicó ningún token: estos datos lo requieren.',
  'api.matomo.errorStatus': 'El servidor respondió con un error (HTTP {status}).',
  'api.matomo.bulk': 'El servidor respondió a una solicitud agrupada con un número de resultados inesperado (llamadas: {asked}, resultados: {count}).',
  'api.matomo.bulkNoList': 'El servidor respondió a una solicitud agrupada sin lista de resultados (llamadas: {asked}).',
  'api.matomo.unexpected': 'El servidor envió {found} cuando se esperaba recibir {expected}.',
  'api.matomo.found.empty': 'un valor vacío',
  'api.matomo.found.list': 'una lista',
  'api.matomo.found.longText': 'un texto largo',
  'api.matomo.found.text': 'el texto «{text}»',
  'api.matomo.found.object': 'un objeto',
  'api.matomo.found.value': 'el valor {value} ({type})',
  'api.matomo.expected.activities': 'una lista de actividades',
  'api.matomo.expected.activityCount': 'el número de actividades (un número)',
  'api.matomo.expected.logins': 'una lista de nombres de usuario',
  'api.matomo.expected.superUser': 'si se trata de un superusuario (sí o no)',
  'api.matomo.expected.sites': 'una lista de sitios',
  'api.matomo.expected.siteVisits': 'las visitas por sitio',
  'api.matomo.expected.periodVisits': 'las visitas por periodo',
  'api.matomo.expected.segments': 'una lista de segmentos',
  'api.matomo.noSite': 'No hay ningún sitio configurado: define el atributo site-id (un ID o una lista separada por comas).',
  'api.matomo.badDate': 'El gráfico lee días, semanas, meses o años en lastN, previousN o YYYY-MM-DD,YYYY-MM-DD, no «{date}» con el periodo {period}.',
  'api.matomo.noSiteVisits': 'La respuesta del servidor no contiene visitas del sitio {id}.',
  'api.matomo.noMetrics': 'El servidor no envió ninguna métrica para el periodo {period}.',
  'api.matomo.site': 'Sitio {id}',

  'api.signIn.refused':
    'El servidor {server} rechazó el token de acceso: compruébalo o renuévalo en Matomo (Personal › Seguridad › Tokens de autenticación). Cada rechazo cuenta como un inicio de sesión fallido; tras unos 20, Matomo bloquea esta red durante un tiempo.',
  'api.signIn.lockout':
    'Demasiados inicios de sesión fallidos desde esta red: el servidor {server} rechaza sus solicitudes por ahora. Vuelve a intentarlo más tarde (dentro de unos 30 minutos) o pide a su administrador que desbloquee esta dirección.',
  'api.signIn.unreachable':
    'No se pudo conectar con el servidor {server}, o no responde a esta página: comprueba la dirección y la red, y que el ajuste cors_domains de Matomo incluya {page}. (Una red bloqueada tras demasiados inicios de sesión fallidos se comporta igual: vuelve a intentarlo más tarde.)',
  'api.signIn.notFound': 'No hay ninguna API de Matomo en esta dirección (HTTP 404). Comprueba api-base: debe apuntar a la raíz de Matomo.',

  'api.rocketchat.refused': 'El servidor no aceptó el ID de usuario y el token.',
  'api.rocketchat.refusedDetail': 'El servidor no aceptó el ID de usuario y el token ({detail}).',
  'api.rocketchat.notAllowed': 'Esta cuenta no puede hacer esto.',
  'api.rocketchat.notAllowedDetail': 'Esta cuenta no puede hacer esto ({detail}).',
  'api.rocketchat.notFound': 'No hay ninguna API de Rocket.Chat en esta dirección (HTTP 404). Comprueba api-base: debe apuntar a la raíz del servidor.',
  'api.rocketchat.notObject': 'La respuesta del servidor no es un objeto (HTTP {status}).',
  'api.rocketchat.noSettings': 'El servidor no envió ninguna lista de ajustes.',
  'api.rocketchat.noPublicSettings': 'El servidor no envió ninguna lista de ajustes públicos.',
  'api.rocketchat.nonePublic': 'El servidor no publica ninguno de estos ajustes.',
  'api.rocketchat.noValue': 'La respuesta del servidor para el ajuste {id} no tiene ningún valor.',
  'api.rocketchat.noPermissions': 'El servidor no envió ninguna lista de permisos.',
  'api.rocketchat.access.none': 'Ningún rol de esta cuenta ({roles}) tiene edit-privileged-setting ni manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'ninguno',
  'api.rocketchat.access.noneSelected': 'Esta cuenta solo puede cambiar algunos ajustes (manage-selected-settings), y ninguno de estos.',
  'api.rocketchat.access.some': 'Esta cuenta solo puede cambiar algunos ajustes (manage-selected-settings); los demás son de solo lectura.',

  'api.save.notResult': 'La respuesta del servidor a la llamada {method} no es un resultado de esa llamada.',
  'api.save.notAllowed': 'Esta cuenta no puede cambiar estos ajustes.',
  'api.save.notAllowedDetail': 'Esta cuenta no puede cambiar estos ajustes ({detail}).',
  'api.save.slowDown': 'El servidor pide que vayas más despacio: vuelve a intentarlo en unos segundos.',
  'api.save.refusedValue': 'El servidor rechazó un valor.',
  'api.save.refusedValueDetail': 'El servidor rechazó un valor ({detail}).',
  'api.save.noMethod': 'Este servidor no tiene el método {method}.',
  'api.save.noMethodDetail': 'Este servidor no tiene el método {method} ({detail}).',
  'api.save.refusedCall': 'El servidor rechazó la llamada {method}.',

  'api.twoFactor.required': 'El servidor pide una confirmación con autenticación de dos factores para guardar estos ajustes.',
  'api.twoFactor.invalid': 'No se aceptó ese código de autenticación de dos factores. Vuelve a intentarlo.',
  'api.twoFactor.maxAttempts': 'Demasiados códigos de autenticación de dos factores incorrectos: el servidor ya no acepta este.',

  'embed.share': 'Compartir / insertar',
  'embed.sharePart': 'el panel «Compartir / insertar»',
  'embed.close': 'Cerrar',
  'embed.title.activityLog': 'Registro de actividad',
  'embed.title.visitsChart': 'Gráfico de visitas',
  'embed.title.analyticsSettings': 'Ajustes de analítica',
  'embed.title.other': 'Widget de panel',

  'embed.page.notFound': 'Widget no encontrado',
  'embed.page.nothing': 'No hay ningún widget que mostrar.',
  'embed.page.noWidget': 'Esta página muestra un widget indicado en su dirección, p. ej., #widget={example}. Widgets: {widgets}.',
  'embed.page.unknown': 'Aquí no hay ningún widget llamado «{name}» que mostrar. Widgets: {widgets}.',
  'embed.page.noCode': 'El código del widget ({widget}) no se cargó. Comprueba que los bundles de los widgets estén junto a esta página.',

  'embed.share.cannot': 'Este elemento no se puede compartir: solo se pueden compartir activity-log, visits-chart y analytics-settings.',
  'embed.share.before': 'Antes de compartir',
  'embed.share.warn.matomoToken':
    'Cualquier persona que tenga un enlace o un fragmento de código compartido puede usar el token que contiene. Usa un token de solo lectura: el de un usuario de Matomo que solo tenga acceso de visualización a estos sitios, nunca el de un superusuario ni el de un administrador.',
  'embed.share.warn.chatToken':
    'Cualquier persona que tenga un enlace o un fragmento de código compartido puede usar el token que contiene. Usa el token de acceso personal de un usuario de Rocket.Chat sin derechos de administración, nunca el de un administrador.',
  'embed.share.warn.matomoNoToken': 'No se incluye ningún token: el widget mostrará lo que el usuario anónimo tenga permiso para ver.',
  'embed.share.warn.chatNoToken': 'No se incluye ningún token: Rocket.Chat pedirá a quien lo abra que inicie sesión, y el widget lo indicará.',
  'embed.share.warn.editable': 'Esta copia puede cambiar ajustes. Insértala en modo de solo lectura, salvo que las personas con quienes la compartes deban poder editarlos.',
  'embed.share.warn.plainHttp': 'La dirección del servidor usa http, no https: el token viajaría por la red sin cifrar.',
  'embed.share.warn.userId': 'Un token de Rocket.Chat solo funciona con el ID de su usuario: introduce el ID de usuario que corresponde al token.',
  'embed.share.warn.fixedDay':
    'El gráfico cuenta sus intervalos hacia atrás desde un día fijo (today="{today}"): la copia compartida seguirá mostrando los intervalos de ese día.',
  'embed.share.activityLogScope':
    'Un token que no es de un superusuario solo muestra las actividades de su propio usuario: con un token de solo lectura, el destinatario ve las actividades de ese usuario, no las de todos. La vista previa de abajo muestra exactamente lo que verá.',
  'embed.share.token': 'Token para la copia compartida',
  'embed.share.matomoTokenHint':
    'Un token de Matomo de solo lectura (Personal > Seguridad > Tokens de autenticación de un usuario con acceso de visualización). Déjalo vacío para el acceso anónimo.',
  'embed.share.chatTokenHint': 'El token de acceso personal de un usuario de Rocket.Chat sin derechos de administración.',
  'embed.share.userId': 'ID de usuario de ese token',
  'embed.share.userIdHint': 'El ID del usuario al que pertenece ese token (Rocket.Chat proporciona ambos). Tu propio ID nunca se comparte.',
  'embed.share.readOnly': 'Compartir en modo de solo lectura (no se puede cambiar nada a través de la copia)',
  'embed.share.look': 'Aspecto de la copia compartida',
  'embed.share.theme': 'Tema',
  'embed.share.theme.same': 'Como el widget de aquí',
  'embed.share.theme.light': 'Claro',
  'embed.share.theme.dark': 'Oscuro',
  'embed.share.theme.auto': 'Según el sistema de quien lo vea',
  'embed.share.background': 'Fondo',
  'embed.share.background.same': 'El del widget',
  'embed.share.background.transparent': 'Transparente',
  'embed.share.background.colour': 'Un color…',
  'embed.share.colour': 'Color de fondo',
  'embed.share.language': 'Idioma',
  'embed.share.languagePlaceholder': 'p. ej., de, fr-CH',
  'embed.share.languageHint':
    'Todas las palabras, fechas y números en este idioma (una etiqueta de idioma BCP 47). Vacío: el del widget o, si no lo tiene, el del navegador de quien lo vea.',
  'embed.share.compact': 'Compacto: solo los datos, sin el título, los botones ni los controles',
  'embed.share.controls': 'Controles que puede usar el destinatario',
  'embed.share.control.period': 'Periodo',
  'embed.share.control.range': 'Intervalo',
  'embed.share.control.metric': 'Métrica',
  'embed.share.control.compare': 'Comparación',
  'embed.share.control.view': 'Vista de tabla',
  'embed.share.control.export': 'Descargas',
  'embed.share.control.share': 'Compartir / insertar',
  'embed.share.hosting': 'Dónde se alojan los archivos del widget',
  'embed.share.hostingAddress': 'Dirección de la carpeta que contiene embed.html y cdn/',
  'embed.share.notDetected':
    'No se pudo averiguar desde esta página la dirección de los archivos del widget (los widgets vienen de un bundle propio). Introduce la dirección desde la que se sirven embed.html y cdn/, o indícasela a la página con <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Comprobar el token y ver la vista previa',
  'embed.share.preview': 'Ver lo que verá el destinatario',
  'embed.share.previewHint':
    'No se envía nada mientras escribes. Un token de Matomo se comprueba con una sola solicitud, después de que una solicitud sin él demuestre que el servidor responde: Matomo cuenta cada token rechazado como un inicio de sesión fallido.',
  'embed.share.checking': 'Comprobando el token…',
  'embed.share.superUser': 'Token de superusuario.',
  'embed.share.verdict.superUser':
    'Este token pertenece a un superusuario: quien tenga la copia compartida podría leer y cambiar todo en este Matomo. Crea un token para un usuario que solo tenga acceso de visualización.',
  'embed.share.verdict.limited': 'El token se aceptó y no es de un superusuario.',
  'embed.share.verdict.refused':
    'Matomo rechazó este token (o bloquea esta dirección tras demasiados inicios de sesión fallidos). Se probó una vez y no se volverá a probar: compruébalo y vuelve a pulsar el botón.',
  'embed.share.verdict.unreachable':
    'El servidor de Matomo no respondió, así que no se envió el token. Comprueba la dirección del servidor y su configuración de CORS (cors_domains).',
  'embed.share.stalePreview': 'El token ha cambiado desde la vista previa: vuelve a pulsar el botón para verla con el nuevo token.',
  'embed.share.previewTitle': 'Vista previa para el destinatario: {widget}',
  'embed.share.link': 'Enlace',
  'embed.share.linkHint': 'Abre el widget en su propia página. Los ajustes van después del #, que nunca se envía a ningún servidor.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Para cualquier página o CMS que acepte iframes. La línea de script hace que el marco tenga la altura del widget; es un script clásico, así que se carga desde otro sitio sin ninguna cabecera CORS.',
  'embed.share.script': 'Etiqueta script',
  'embed.share.scriptHint':
    'Para una página que gestionas tú: el widget pasa a formar parte de la página. La página carga un script de módulo desde el host del widget, por lo que ese host debe enviar Access-Control-Allow-Origin para los archivos de cdn/ (npm start y las CDN públicas de npm lo hacen), y el widget consulta a su servidor desde esa página: Matomo debe incluir el origen de la página en cors_domains (Rocket.Chat: en su configuración de CORS). Un fondo añade un atributo style: en una página cuya Content-Security-Policy prohíba los estilos en línea, define --dw-background en su hoja de estilos.',
  'embed.share.copy.link': 'Copiar enlace',
  'embed.share.copy.iframe': 'Copiar iframe',
  'embed.share.copy.script': 'Copiar etiqueta script',
  'embed.share.copied.link': 'Enlace copiado.',
  'embed.share.copied.iframe': 'Iframe copiado.',
  'embed.share.copied.script': 'Etiqueta script copiada.',
  'embed.share.select.link': 'El enlace está seleccionado: pulsa Ctrl+C (Cmd+C en Mac) para copiarlo.',
  'embed.share.select.iframe': 'El iframe está seleccionado: pulsa Ctrl+C (Cmd+C en Mac) para copiarlo.',
  'embed.share.select.script': 'La etiqueta script está seleccionada: pulsa Ctrl+C (Cmd+C en Mac) para copiarla.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo, sitio {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo, sitios {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo, todos los sitios)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Hace que el iframe tenga la altura de su widget (opcional).',
} satisfies Messages;
