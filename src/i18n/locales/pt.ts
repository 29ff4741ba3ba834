import type { Messages } from '../types.js';
import activityLog from './pt/activity-log.js';
import visitsChart from './pt/visits-chart.js';
import analyticsSettings from './pt/analytics-settings.js';
import activityLogParts from './pt/activity-log-parts.js';
import activityLogReport from './pt/activity-log-report.js';
import activityLogSignins from './pt/activity-log-signins.js';
import activityLogHistory from './pt/activity-log-history.js';
import activityLogFilters from './pt/activity-log-filters.js';
import visitsChartParts from './pt/visits-chart-parts.js';

/**
 * Portuguese as written in Brazil (português do Brasil). The file and tag are `pt`: the fallback
 * chain (registry.ts) sends `pt-BR` and `pt-PT` readers here, and any other `pt-*`. Every message
 * of the catalogue (src/i18n/messages.generated.ts), keyed by its English, with the same
 * placeholders; plural messages with Portuguese's categories (one, many, other: `many` is for round
 * millions, "1.000.000 de segundos"). The reader is addressed with "você", as Brazilian software
 * does; instructions are imperatives ("Verifique …"), labels infinitives ("Copiar link").
 * Terms as Matomo and Rocket.Chat users know them: site, token, token de acesso pessoal,
 * superusuário, autenticação de dois fatores, ID do usuário.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written with a
 * lower-case article, as they stand inside the sentence: "Carregando o painel Compartilhar /
 * incorporar…".
 * `{server}` is an origin or "the configured address" ("no endereço configurado"), both after "o
 * servidor".
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
  'Could not load the data': 'Não foi possível carregar os dados',
  'Something went wrong while loading the data.': 'Algo deu errado ao carregar os dados.',
  'Check the token given to this widget.': 'Verifique o token fornecido a este widget.',
  'Ask an administrator for access, or use a token that has it.': 'Peça acesso a um administrador ou use um token que tenha esse acesso.',
  'Retry': 'Tentar novamente',
  'Try again': 'Tentar de novo',
  'Loading {part}…': 'Carregando {part}…',
  'Could not load {part}.': 'Não foi possível carregar {part}.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'O código dessa parte não chegou: verifique a conexão de rede (uma cópia hospedada por você precisa servir a pasta chunks ao lado do bundle).',
  'A part of this widget could not be loaded. {reason}': 'Não foi possível carregar uma parte deste widget. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'Nenhum endereço de servidor configurado: defina o atributo api-base (ou use um <dashboard-config>).',
  'the configured address': 'no endereço configurado',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'O servidor {server} respondeu de outro endereço (um redirecionamento, que não é seguido); verifique o api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'Não foi possível acessar o servidor {server}. Verifique a conexão de rede e o endereço do servidor; se o servidor estiver no ar, talvez ele não permita solicitações desta página (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'O servidor não respondeu dentro de {count} segundo.',
    many: 'O servidor não respondeu dentro de {count} de segundos.',
    other: 'O servidor não respondeu dentro de {count} segundos.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'O servidor não aceitou o token de acesso: ele está ausente, é inválido ou expirou.',
  'This account does not have permission for this.': 'Esta conta não tem permissão para isso.',
  'The server failed (HTTP {status}). Try again later.': 'Erro no servidor (HTTP {status}). Tente novamente mais tarde.',
  'The server failed (HTTP {status}).': 'Erro no servidor (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'O servidor enviou uma resposta vazia (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'O servidor enviou uma página da web em vez de dados (HTTP {status}). Verifique o endereço do servidor.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'A resposta do servidor não é um JSON válido (HTTP {status}); talvez ela tenha sido cortada.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'A resposta do servidor é grande demais ({size} MB ou mais; o limite é {limit} MB) e não foi lida.',

  'The server reported an error without a message.': 'O servidor informou um erro sem mensagem.',
  'The server did not accept the access token. ({detail})': 'O servidor não aceitou o token de acesso. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} Nenhum token foi informado: estes dados exigem um.',
  'The server answered with an error (HTTP {status}).': 'O servidor respondeu com um erro (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'O servidor respondeu incorretamente a uma solicitação em lote (chamadas: {asked}; resultados: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'O servidor respondeu a uma solicitação em lote sem uma lista de resultados (chamadas: {asked}).',
  'The server sent {found} where {expected} was expected.': 'O servidor enviou {found} quando se esperava {expected}.',
  'an empty value': 'um valor vazio',
  'a list': 'uma lista',
  'a long text': 'um texto longo',
  'the text "{text}"': 'o texto “{text}”',
  'an object': 'um objeto',
  '{type} {value}': 'um valor do tipo {type} ({value})',
  'a list of activities': 'uma lista de atividades',
  'the number of activities (a number)': 'o número de atividades (um número)',
  'a list of logins': 'uma lista de logins',
  'whether this is a super user (yes or no)': 'a indicação de se este é um superusuário (sim ou não)',
  'a list of sites': 'uma lista de sites',
  'visits per site': 'visitas por site',
  'visits per period': 'visitas por período',
  'a list of segments': 'uma lista de segmentos',
  'a list of websites': 'uma lista de sites',
  'The server sent {found} where the annotations of each site were expected.': 'O servidor enviou {found} quando se esperavam as anotações de cada site.',
  'The server sent {found} where the annotations of site {site} were expected.': 'O servidor enviou {found} quando se esperavam as anotações do site {site}.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'Nenhum site configurado: defina o atributo site-id (um ID, uma lista separada por vírgulas ou “all”).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'O widget não consegue ler a data “{date}”: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD ou um intervalo nomeado, como this-month.',
  "The server's answer has no visits for site {id}.": 'A resposta do servidor não traz visitas para o site {id}.',
  'The server sent no metrics for the period {period}.': 'O servidor não enviou métricas para o período {period}.',
  'Site {id}': 'Site {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'O servidor {server} recusou o token de acesso: verifique-o ou gere um novo no Matomo (Pessoal › Segurança › Tokens de autenticação). Cada recusa conta como um login malsucedido; depois de cerca de 20, o Matomo bloqueia esta rede por um tempo.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Muitos logins malsucedidos a partir desta rede: o servidor {server} está recusando as solicitações dela por enquanto. Tente novamente mais tarde (em cerca de 30 minutos) ou peça ao administrador do servidor que desbloqueie este endereço.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'Não foi possível acessar o servidor {server}, ou ele não responde a esta página: verifique o endereço e a rede, e se o cors_domains do Matomo inclui {page}. (Uma rede bloqueada após muitos logins malsucedidos parece igual: tente novamente mais tarde.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'Não há uma API do Matomo neste endereço (HTTP 404). Verifique o api-base: ele deve apontar para a raiz do Matomo.',

  'The server did not accept the user id and token.': 'O servidor não aceitou o ID do usuário e o token.',
  'The server did not accept the user id and token ({detail}).': 'O servidor não aceitou o ID do usuário e o token ({detail}).',
  'This account may not do this.': 'Esta conta não tem permissão para fazer isso.',
  'This account may not do this ({detail}).': 'Esta conta não tem permissão para fazer isso ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'Não há uma API do Rocket.Chat neste endereço (HTTP 404). Verifique o api-base: ele deve apontar para a raiz do servidor.',
  "The server's answer is not an object (HTTP {status}).": 'A resposta do servidor não é um objeto (HTTP {status}).',
  'The server sent no list of settings.': 'O servidor não enviou uma lista de configurações.',
  'The server sent no list of public settings.': 'O servidor não enviou uma lista de configurações públicas.',
  'The server listed none of these settings publicly.': 'O servidor não disponibiliza publicamente nenhuma destas configurações.',
  "The server's answer for setting {id} has no value.": 'A resposta do servidor para a configuração {id} não tem valor.',
  'The server sent no list of permissions.': 'O servidor não enviou uma lista de permissões.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Nenhum papel desta conta ({roles}) tem edit-privileged-setting ou manage-selected-settings.',
  'none': 'nenhum',
  'This account may change only some settings (manage-selected-settings), none of these.': 'Esta conta só pode alterar algumas configurações (manage-selected-settings), e nenhuma destas.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'Esta conta só pode alterar algumas configurações (manage-selected-settings); as demais são somente leitura.',

  "The server's answer to the {method} call is not a result of it.": 'A resposta do servidor à chamada {method} não é um resultado dessa chamada.',
  'This account may not change these settings.': 'Esta conta não pode alterar estas configurações.',
  'This account may not change these settings ({detail}).': 'Esta conta não pode alterar estas configurações ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'O servidor pede para ir mais devagar: tente novamente em alguns segundos.',
  'The server refused a value.': 'O servidor recusou um valor.',
  'The server refused a value ({detail}).': 'O servidor recusou um valor ({detail}).',
  'This server has no {method} method.': 'Este servidor não tem o método {method}.',
  'This server has no {method} method ({detail}).': 'Este servidor não tem o método {method} ({detail}).',
  'The server refused the {method} call.': 'O servidor recusou a chamada {method}.',

  'The server asks for two-factor confirmation to save these settings.': 'O servidor pede confirmação por autenticação de dois fatores para salvar estas configurações.',
  'That two-factor code was not accepted. Try again.': 'Esse código de autenticação de dois fatores não foi aceito. Tente novamente.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Muitos códigos de dois fatores incorretos: o servidor não aceita mais este código.',

  'Share / embed': 'Compartilhar / incorporar',
  'the Share / embed panel': 'o painel Compartilhar / incorporar',
  'Close': 'Fechar',
  'Activity log': 'Registro de atividades',
  'Visits chart': 'Gráfico de visitas',
  'Analytics settings': 'Configurações de análise',
  'Dashboard widget': 'Widget de painel',

  'Widget not found': 'Widget não encontrado',
  'No widget to show.': 'Nenhum widget para mostrar.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Esta página mostra um widget indicado no seu endereço, por exemplo #widget={example}. Widgets: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Não há nenhum widget chamado “{name}” para mostrar aqui. Widgets: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'O código do widget ({widget}) não carregou. Verifique se os bundles dos widgets estão ao lado desta página.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Este elemento não pode ser compartilhado: só activity-log, visits-chart e analytics-settings podem.',
  'Before you share': 'Antes de compartilhar',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Qualquer pessoa que tiver um link ou trecho de código compartilhado poderá usar o token contido nele. Use um token somente de visualização: o token de um usuário do Matomo que tenha apenas acesso de “visualização” a estes sites, nunca o de um superusuário ou de um administrador.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Qualquer pessoa que tiver um link ou trecho de código compartilhado poderá usar o token contido nele. Use o token de acesso pessoal de um usuário do Rocket.Chat sem direitos de administração, nunca o de um administrador.',
  'No token is included: the widget will show what the anonymous user may view.': 'Nenhum token incluído: o widget mostrará o que o usuário anônimo pode ver.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'Nenhum token incluído: o Rocket.Chat pedirá que o visitante faça login, e o widget avisará isso.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.':
    'Esta cópia pode alterar configurações. Incorpore-a como somente leitura, a menos que as pessoas com quem você compartilha devam poder editar.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'O endereço do servidor usa http simples: o token trafegaria pela rede sem criptografia.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Um token do Rocket.Chat só funciona com o ID do seu usuário: informe o ID do usuário que corresponde ao token.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'O gráfico conta seus intervalos a partir de um dia fixo (today="{today}"): a cópia compartilhada continuará mostrando os intervalos desse dia.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Um token que não é de superusuário mostra apenas as atividades do próprio usuário: com um token somente de visualização, o destinatário vê as atividades desse usuário, e não as de todos. A prévia abaixo mostra exatamente o que ele verá.',
  'Token for the shared copy': 'Token da cópia compartilhada',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Um token do Matomo somente de visualização (Pessoal > Segurança > Tokens de autenticação de um usuário com acesso de visualização). Deixe em branco para acesso anônimo.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'O token de acesso pessoal de um usuário do Rocket.Chat sem direitos de administração.',
  'User id of that token': 'ID do usuário desse token',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'O ID do usuário a quem esse token pertence (o Rocket.Chat envia os dois). O seu próprio ID nunca é compartilhado.',
  'Share read-only (nothing can be changed through the copy)': 'Compartilhar somente leitura (nada pode ser alterado pela cópia)',
  'How the shared copy looks': 'Aparência da cópia compartilhada',
  'Theme': 'Tema',
  'As the widget here': 'Como o widget aqui',
  'Light': 'Claro',
  'Dark': 'Escuro',
  "Follow the viewer's system": 'Seguir o sistema de quem vê',
  'Background': 'Fundo',
  "The widget's": 'O do widget',
  'Transparent': 'Transparente',
  'A colour…': 'Uma cor…',
  'Background colour': 'Cor de fundo',
  'Language': 'Idioma',
  'e.g. de, fr-CH': 'ex.: pt-BR, fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Todas as palavras, datas e números neste idioma (uma tag BCP 47). Em branco: o do widget ou, na falta dele, o do navegador de quem vê.',
  'Compact: the data alone, without the heading, buttons and controls': 'Compacto: só os dados, sem título, botões e controles',
  'Controls the recipient may use': 'Controles que o destinatário pode usar',
  'Period': 'Período',
  'Range': 'Intervalo',
  'Metric': 'Métrica',
  'Comparison': 'Comparação',
  'Annotations': 'Anotações',
  'Table view': 'Visualização em tabela',
  'Downloads': 'Downloads',
  'Where the widget files are hosted': 'Onde os arquivos do widget estão hospedados',
  'Address of the folder holding embed.html and cdn/': 'Endereço da pasta que contém embed.html e cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'Não foi possível descobrir, a partir desta página, o endereço dos arquivos do widget (os widgets vêm de um bundle próprio). Informe o endereço onde embed.html e cdn/ são servidos ou indique-o à página com <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Verificar o token e visualizar',
  'Preview what the recipient sees': 'Visualizar o que o destinatário vê',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'Nada é enviado enquanto você digita. Um token do Matomo é verificado com uma única solicitação, depois que uma solicitação sem ele mostra que o servidor responde: o Matomo conta cada token recusado como um login malsucedido.',
  'Checking the token…': 'Verificando o token…',
  'Super user token.': 'Token de superusuário.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Este token pertence a um superusuário: quem tiver a cópia compartilhada poderá ler e alterar tudo neste Matomo. Crie um token para um usuário que tenha apenas acesso de visualização.',
  "The token was accepted and is not a super user's.": 'O token foi aceito e não é de um superusuário.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'O Matomo recusou este token (ou bloqueia este endereço após muitos logins malsucedidos). Ele foi testado uma vez e não será testado de novo: verifique-o e clique no botão novamente.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'O servidor do Matomo não respondeu, por isso o token não foi enviado. Verifique o endereço do servidor e as configurações de CORS dele (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'O token mudou desde a prévia: clique no botão novamente para vê-la com o novo token.',
  'Preview: {widget} as the recipient sees it': 'Prévia: {widget} como o destinatário verá',
  'Link': 'Link',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Abre o widget em uma página própria. As configurações vão depois do #, que nunca é enviado a um servidor.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Para qualquer página ou CMS que aceite um iframe. A linha de script deixa o frame da altura do widget; é um script clássico, então ele carrega de outro site sem nenhum cabeçalho CORS.',
  'Script tag': 'Tag de script',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Para uma página que você controla: o widget passa a fazer parte da página. A página carrega um script de módulo do host do widget, então esse host precisa enviar Access-Control-Allow-Origin para os arquivos de cdn/ (o npm start e as CDNs públicas do npm fazem isso), e o widget consulta o servidor dele a partir dessa página: o Matomo precisa listar a origem da página em cors_domains (no Rocket.Chat, nas configurações de CORS). Um fundo adiciona um atributo style: em uma página cuja Content-Security-Policy proíba estilos inline, defina --dw-background na folha de estilos dela.',
  'Copy link': 'Copiar link',
  'Copy iframe': 'Copiar iframe',
  'Copy script tag': 'Copiar tag de script',
  'Copied the link.': 'Link copiado.',
  'Copied the iframe.': 'Iframe copiado.',
  'Copied the script tag.': 'Tag de script copiada.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'O link está selecionado: pressione Ctrl+C (Cmd+C no Mac) para copiá-lo.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'O iframe está selecionado: pressione Ctrl+C (Cmd+C no Mac) para copiá-lo.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'A tag de script está selecionada: pressione Ctrl+C (Cmd+C no Mac) para copiá-la.',
  '{widget} (Matomo)': '{widget} do Matomo',
  '{widget} (Matomo, site {site})': '{widget} do Matomo (site {site})',
  '{widget} (Matomo, sites {sites})': '{widget} do Matomo (sites {sites})',
  '{widget} (Matomo, all sites)': '{widget} do Matomo (todos os sites)',
  '{widget} (Rocket.Chat)': '{widget} do Rocket.Chat',
  'Makes the iframe as tall as its widget (optional).': 'Deixa o iframe da altura do widget (opcional).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Páginas',
  'First': 'Primeira',
  'Last': 'Última',
  'Go to…': 'Ir para…',
  'Previous': 'Anterior',
  'Page {page} of {pages}': 'Página {page} de {pages}',
  'Page {page}': 'Página {page}',
  'Next': 'Próxima',
  'Rows per page': 'Linhas por página',
  'Clear dates': 'Limpar datas',
  'No activities match these filters.': 'Nenhuma atividade corresponde a estes filtros.',
  'No activities match these filters among those searched.': 'Nenhuma das atividades pesquisadas corresponde a estes filtros.',
  'Clear filters': 'Limpar filtros',
  'You have no recorded activities yet.': 'Você ainda não tem atividades registradas.',
  'No activities have been recorded yet.': 'Nenhuma atividade foi registrada ainda.',
} satisfies Messages;
