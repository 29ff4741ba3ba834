import type { Messages } from '../types.js';
import activityLog from './es/activity-log.js';
import visitsChart from './es/visits-chart.js';
import analyticsSettings from './es/analytics-settings.js';
import activityLogParts from './es/activity-log-parts.js';
import activityLogReport from './es/activity-log-report.js';
import activityLogSignins from './es/activity-log-signins.js';
import activityLogHistory from './es/activity-log-history.js';
import activityLogFilters from './es/activity-log-filters.js';
import visitsChartParts from './es/visits-chart-parts.js';

/**
 * Spanish (español). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with Spanish's categories (one, many, other:
 * `many` is for exact millions, which read as `other` when the count is written in digits, as
 * here). The reader is addressed with "tú", as mainstream software in Spanish does, in words common
 * to Spain and Latin America (no vosotros, no regional vocabulary). Terms: token, sitio,
 * superusuario, ajustes (settings), autenticación de dos factores. Quotation marks « ».
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written with
 * their article, in lower case ("el panel «Compartir / insertar»"), so that "Cargando {part}…"
 * reads whole.
 * `{server}` follows "el servidor": an origin, or "the configured address" ("configurado", which
 * makes "el servidor configurado").
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
  'Could not load the data': 'No se pudieron cargar los datos',
  'Something went wrong while loading the data.': 'Algo salió mal al cargar los datos.',
  'Check the token given to this widget.': 'Comprueba el token asignado a este widget.',
  'Ask an administrator for access, or use a token that has it.': 'Pide acceso a un administrador o usa un token que lo tenga.',
  'Retry': 'Reintentar',
  'Try again': 'Volver a intentarlo',
  'Loading {part}…': 'Cargando {part}…',
  'Could not load {part}.': 'No se pudo cargar {part}.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'Su código no llegó: comprueba la conexión de red (una copia alojada en tu propio servidor debe servir la carpeta chunks junto al bundle).',
  'A part of this widget could not be loaded. {reason}': 'No se pudo cargar una parte de este widget. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'No hay ninguna dirección de servidor configurada: define el atributo api-base (o un <dashboard-config>).',
  'the configured address': 'configurado',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'El servidor {server} respondió desde otra dirección (una redirección, que no se sigue); comprueba api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'No se pudo conectar con el servidor {server}. Comprueba la conexión de red y la dirección del servidor; si el servidor está en funcionamiento, puede que no admita solicitudes desde esta página (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'El servidor no respondió en {count} segundo.',
    many: 'El servidor no respondió en {count} segundos.',
    other: 'El servidor no respondió en {count} segundos.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'El servidor no aceptó el token de acceso: falta, no es válido o ha caducado.',
  'This account does not have permission for this.': 'Esta cuenta no tiene permiso para hacer esto.',
  'The server failed (HTTP {status}). Try again later.': 'Error del servidor (HTTP {status}). Vuelve a intentarlo más tarde.',
  'The server failed (HTTP {status}).': 'Error del servidor (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'El servidor envió una respuesta vacía (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'El servidor envió una página web en lugar de datos (HTTP {status}). Comprueba la dirección del servidor.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'La respuesta del servidor no es un JSON válido (HTTP {status}); puede que se haya cortado.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'La respuesta del servidor es demasiado grande ({size} MB o más; el límite es de {limit} MB), así que no se ha leído.',

  'The server reported an error without a message.': 'El servidor informó de un error sin mensaje.',
  'The server did not accept the access token. ({detail})': 'El servidor no aceptó el token de acceso. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} No se indicó ningún token: estos datos lo requieren.',
  'The server answered with an error (HTTP {status}).': 'El servidor respondió con un error (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'El servidor respondió a una solicitud agrupada con un número de resultados inesperado (llamadas: {asked}, resultados: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'El servidor respondió a una solicitud agrupada sin lista de resultados (llamadas: {asked}).',
  'The server sent {found} where {expected} was expected.': 'El servidor envió {found} cuando se esperaba recibir {expected}.',
  'an empty value': 'un valor vacío',
  'a list': 'una lista',
  'a long text': 'un texto largo',
  'the text "{text}"': 'el texto «{text}»',
  'an object': 'un objeto',
  '{type} {value}': 'el valor {value} ({type})',
  'a list of activities': 'una lista de actividades',
  'the number of activities (a number)': 'el número de actividades (un número)',
  'a list of logins': 'una lista de nombres de usuario',
  'whether this is a super user (yes or no)': 'si se trata de un superusuario (sí o no)',
  'a list of sites': 'una lista de sitios',
  'visits per site': 'las visitas por sitio',
  'visits per period': 'las visitas por periodo',
  'a list of segments': 'una lista de segmentos',
  'a list of websites': 'una lista de sitios web',
  'The server sent {found} where the annotations of each site were expected.':
    'El servidor envió {found} cuando se esperaba recibir las anotaciones de cada sitio.',
  'The server sent {found} where the annotations of site {site} were expected.':
    'El servidor envió {found} cuando se esperaba recibir las anotaciones del sitio {site}.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'No hay ningún sitio configurado: define el atributo site-id (un ID, una lista separada por comas o «all»).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'El widget no puede leer la fecha «{date}»: usa lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD o un intervalo con nombre, como this-month.',
  "The server's answer has no visits for site {id}.": 'La respuesta del servidor no contiene visitas del sitio {id}.',
  'The server sent no metrics for the period {period}.': 'El servidor no envió ninguna métrica para el periodo {period}.',
  'Site {id}': 'Sitio {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'El servidor {server} rechazó el token de acceso: compruébalo o renuévalo en Matomo (Personal › Seguridad › Tokens de autenticación). Cada rechazo cuenta como un inicio de sesión fallido; tras unos 20, Matomo bloquea esta red durante un tiempo.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Demasiados inicios de sesión fallidos desde esta red: el servidor {server} rechaza sus solicitudes por ahora. Vuelve a intentarlo más tarde (dentro de unos 30 minutos) o pide a su administrador que desbloquee esta dirección.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'No se pudo conectar con el servidor {server}, o no responde a esta página: comprueba la dirección y la red, y que el ajuste cors_domains de Matomo incluya {page}. (Una red bloqueada tras demasiados inicios de sesión fallidos se comporta igual: vuelve a intentarlo más tarde.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'No hay ninguna API de Matomo en esta dirección (HTTP 404). Comprueba api-base: debe apuntar a la raíz de Matomo.',

  'The server did not accept the user id and token.': 'El servidor no aceptó el ID de usuario y el token.',
  'The server did not accept the user id and token ({detail}).': 'El servidor no aceptó el ID de usuario y el token ({detail}).',
  'This account may not do this.': 'Esta cuenta no puede hacer esto.',
  'This account may not do this ({detail}).': 'Esta cuenta no puede hacer esto ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'No hay ninguna API de Rocket.Chat en esta dirección (HTTP 404). Comprueba api-base: debe apuntar a la raíz del servidor.',
  "The server's answer is not an object (HTTP {status}).": 'La respuesta del servidor no es un objeto (HTTP {status}).',
  'The server sent no list of settings.': 'El servidor no envió ninguna lista de ajustes.',
  'The server sent no list of public settings.': 'El servidor no envió ninguna lista de ajustes públicos.',
  'The server listed none of these settings publicly.': 'El servidor no publica ninguno de estos ajustes.',
  "The server's answer for setting {id} has no value.": 'La respuesta del servidor para el ajuste {id} no tiene ningún valor.',
  'The server sent no list of permissions.': 'El servidor no envió ninguna lista de permisos.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Ningún rol de esta cuenta ({roles}) tiene edit-privileged-setting ni manage-selected-settings.',
  'none': 'ninguno',
  'This account may change only some settings (manage-selected-settings), none of these.': 'Esta cuenta solo puede cambiar algunos ajustes (manage-selected-settings), y ninguno de estos.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'Esta cuenta solo puede cambiar algunos ajustes (manage-selected-settings); los demás son de solo lectura.',

  "The server's answer to the {method} call is not a result of it.": 'La respuesta del servidor a la llamada {method} no es un resultado de esa llamada.',
  'This account may not change these settings.': 'Esta cuenta no puede cambiar estos ajustes.',
  'This account may not change these settings ({detail}).': 'Esta cuenta no puede cambiar estos ajustes ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'El servidor pide que vayas más despacio: vuelve a intentarlo en unos segundos.',
  'The server refused a value.': 'El servidor rechazó un valor.',
  'The server refused a value ({detail}).': 'El servidor rechazó un valor ({detail}).',
  'This server has no {method} method.': 'Este servidor no tiene el método {method}.',
  'This server has no {method} method ({detail}).': 'Este servidor no tiene el método {method} ({detail}).',
  'The server refused the {method} call.': 'El servidor rechazó la llamada {method}.',

  'The server asks for two-factor confirmation to save these settings.': 'El servidor pide una confirmación con autenticación de dos factores para guardar estos ajustes.',
  'That two-factor code was not accepted. Try again.': 'No se aceptó ese código de autenticación de dos factores. Vuelve a intentarlo.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Demasiados códigos de autenticación de dos factores incorrectos: el servidor ya no acepta este.',

  'Share / embed': 'Compartir / insertar',
  'the Share / embed panel': 'el panel «Compartir / insertar»',
  'Close': 'Cerrar',
  'Activity log': 'Registro de actividad',
  'Visits chart': 'Gráfico de visitas',
  'Analytics settings': 'Ajustes de analítica',
  'Dashboard widget': 'Widget de panel',

  'Widget not found': 'Widget no encontrado',
  'No widget to show.': 'No hay ningún widget que mostrar.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Esta página muestra un widget indicado en su dirección, p. ej., #widget={example}. Widgets: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Aquí no hay ningún widget llamado «{name}» que mostrar. Widgets: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'El código del widget ({widget}) no se cargó. Comprueba que los bundles de los widgets estén junto a esta página.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Este elemento no se puede compartir: solo se pueden compartir activity-log, visits-chart y analytics-settings.',
  'Before you share': 'Antes de compartir',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Cualquier persona que tenga un enlace o un fragmento de código compartido puede usar el token que contiene. Usa un token de solo lectura: el de un usuario de Matomo que solo tenga acceso de visualización a estos sitios, nunca el de un superusuario ni el de un administrador.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Cualquier persona que tenga un enlace o un fragmento de código compartido puede usar el token que contiene. Usa el token de acceso personal de un usuario de Rocket.Chat sin derechos de administración, nunca el de un administrador.',
  'No token is included: the widget will show what the anonymous user may view.': 'No se incluye ningún token: el widget mostrará lo que el usuario anónimo tenga permiso para ver.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'No se incluye ningún token: Rocket.Chat pedirá a quien lo abra que inicie sesión, y el widget lo indicará.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.': 'Esta copia puede cambiar ajustes. Insértala en modo de solo lectura, salvo que las personas con quienes la compartes deban poder editarlos.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'La dirección del servidor usa http, no https: el token viajaría por la red sin cifrar.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Un token de Rocket.Chat solo funciona con el ID de su usuario: introduce el ID de usuario que corresponde al token.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'El gráfico cuenta sus intervalos hacia atrás desde un día fijo (today="{today}"): la copia compartida seguirá mostrando los intervalos de ese día.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Un token que no es de un superusuario solo muestra las actividades de su propio usuario: con un token de solo lectura, el destinatario ve las actividades de ese usuario, no las de todos. La vista previa de abajo muestra exactamente lo que verá.',
  'Token for the shared copy': 'Token para la copia compartida',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Un token de Matomo de solo lectura (Personal > Seguridad > Tokens de autenticación de un usuario con acceso de visualización). Déjalo vacío para el acceso anónimo.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'El token de acceso personal de un usuario de Rocket.Chat sin derechos de administración.',
  'User id of that token': 'ID de usuario de ese token',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'El ID del usuario al que pertenece ese token (Rocket.Chat proporciona ambos). Tu propio ID nunca se comparte.',
  'Share read-only (nothing can be changed through the copy)': 'Compartir en modo de solo lectura (no se puede cambiar nada a través de la copia)',
  'How the shared copy looks': 'Aspecto de la copia compartida',
  'Theme': 'Tema',
  'As the widget here': 'Como el widget de aquí',
  'Light': 'Claro',
  'Dark': 'Oscuro',
  "Follow the viewer's system": 'Según el sistema de quien lo vea',
  'Background': 'Fondo',
  "The widget's": 'El del widget',
  'Transparent': 'Transparente',
  'A colour…': 'Un color…',
  'Background colour': 'Color de fondo',
  'Language': 'Idioma',
  'e.g. de, fr-CH': 'p. ej., de, fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Todas las palabras, fechas y números en este idioma (una etiqueta de idioma BCP 47). Vacío: el del widget o, si no lo tiene, el del navegador de quien lo vea.',
  'Compact: the data alone, without the heading, buttons and controls': 'Compacto: solo los datos, sin el título, los botones ni los controles',
  'Controls the recipient may use': 'Controles que puede usar el destinatario',
  'Period': 'Periodo',
  'Range': 'Intervalo',
  'Metric': 'Métrica',
  'Comparison': 'Comparación',
  'Annotations': 'Anotaciones',
  'Table view': 'Vista de tabla',
  'Downloads': 'Descargas',
  'Where the widget files are hosted': 'Dónde se alojan los archivos del widget',
  'Address of the folder holding embed.html and cdn/': 'Dirección de la carpeta que contiene embed.html y cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'No se pudo averiguar desde esta página la dirección de los archivos del widget (los widgets vienen de un bundle propio). Introduce la dirección desde la que se sirven embed.html y cdn/, o indícasela a la página con <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Comprobar el token y ver la vista previa',
  'Preview what the recipient sees': 'Ver lo que verá el destinatario',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'No se envía nada mientras escribes. Un token de Matomo se comprueba con una sola solicitud, después de que una solicitud sin él demuestre que el servidor responde: Matomo cuenta cada token rechazado como un inicio de sesión fallido.',
  'Checking the token…': 'Comprobando el token…',
  'Super user token.': 'Token de superusuario.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Este token pertenece a un superusuario: quien tenga la copia compartida podría leer y cambiar todo en este Matomo. Crea un token para un usuario que solo tenga acceso de visualización.',
  "The token was accepted and is not a super user's.": 'El token se aceptó y no es de un superusuario.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo rechazó este token (o bloquea esta dirección tras demasiados inicios de sesión fallidos). Se probó una vez y no se volverá a probar: compruébalo y vuelve a pulsar el botón.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'El servidor de Matomo no respondió, así que no se envió el token. Comprueba la dirección del servidor y su configuración de CORS (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'El token ha cambiado desde la vista previa: vuelve a pulsar el botón para verla con el nuevo token.',
  'Preview: {widget} as the recipient sees it': 'Vista previa para el destinatario: {widget}',
  'Link': 'Enlace',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Abre el widget en su propia página. Los ajustes van después del #, que nunca se envía a ningún servidor.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Para cualquier página o CMS que acepte iframes. La línea de script hace que el marco tenga la altura del widget; es un script clásico, así que se carga desde otro sitio sin ninguna cabecera CORS.',
  'Script tag': 'Etiqueta script',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Para una página que gestionas tú: el widget pasa a formar parte de la página. La página carga un script de módulo desde el host del widget, por lo que ese host debe enviar Access-Control-Allow-Origin para los archivos de cdn/ (npm start y las CDN públicas de npm lo hacen), y el widget consulta a su servidor desde esa página: Matomo debe incluir el origen de la página en cors_domains (Rocket.Chat: en su configuración de CORS). Un fondo añade un atributo style: en una página cuya Content-Security-Policy prohíba los estilos en línea, define --dw-background en su hoja de estilos.',
  'Copy link': 'Copiar enlace',
  'Copy iframe': 'Copiar iframe',
  'Copy script tag': 'Copiar etiqueta script',
  'Copied the link.': 'Enlace copiado.',
  'Copied the iframe.': 'Iframe copiado.',
  'Copied the script tag.': 'Etiqueta script copiada.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'El enlace está seleccionado: pulsa Ctrl+C (Cmd+C en Mac) para copiarlo.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'El iframe está seleccionado: pulsa Ctrl+C (Cmd+C en Mac) para copiarlo.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'La etiqueta script está seleccionada: pulsa Ctrl+C (Cmd+C en Mac) para copiarla.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (Matomo, sitio {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (Matomo, sitios {sites})',
  '{widget} (Matomo, all sites)': '{widget} (Matomo, todos los sitios)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'Hace que el iframe tenga la altura de su widget (opcional).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Páginas',
  'First': 'Primera',
  'Last': 'Última',
  'Go to…': 'Ir a…',
  'Previous': 'Anterior',
  'Page {page} of {pages}': 'Página {page} de {pages}',
  'Page {page}': 'Página {page}',
  'Next': 'Siguiente',
  'Rows per page': 'Filas por página',
  'Clear dates': 'Borrar fechas',
  'No activities match these filters.': 'Ninguna actividad coincide con estos filtros.',
  'No activities match these filters among those searched.': 'Ninguna de las actividades revisadas coincide con estos filtros.',
  'Clear filters': 'Borrar filtros',
  'You have no recorded activities yet.': 'Todavía no tienes actividades registradas.',
  'No activities have been recorded yet.': 'Todavía no se ha registrado ninguna actividad.',
} satisfies Messages;
