import type { Messages } from '../types.js';

/**
 * Portuguese as written in Brazil (português do Brasil). The file and tag are `pt`: the fallback
 * chain (registry.ts) sends `pt-BR` and `pt-PT` readers here, and any other `pt-*`. Every key of
 * the English catalogue (src/i18n/en.ts), with the same placeholders; plural messages with
 * Portuguese's categories (one, many, other: `many` is for round millions, "1.000.000 de
 * segundos"). The reader is addressed with "você", as Brazilian software does; instructions are
 * imperatives ("Verifique …"), labels infinitives ("Copiar link").
 * Terms as Matomo and Rocket.Chat users know them: site, token, token de acesso pessoal,
 * superusuário, autenticação de dois fatores, ID do usuário.
 * Names of parts (core.part.*: `{part}`) are written with a lower-case article, as they stand
 * inside the sentence: "Carregando o painel Compartilhar / incorporar…".
 * `{server}` is an origin or api.unknownAddress ("no endereço configurado"), both after "o servidor".
 */
export default {
  'core.error.title': 'Não foi possível carregar os dados',
  'core.error.unknown': 'Algo deu errado ao carregar os dados.',
  'core.error.authHint': 'Verifique o token fornecido a este widget.',
  'core.error.permissionHint': 'Peça acesso a um administrador ou use um token que tenha esse acesso.',
  'core.retry': 'Tentar novamente',
  'core.tryAgain': 'Tentar de novo',
  'core.part.loading': 'Carregando {part}…',
  'core.part.failed': 'Não foi possível carregar {part}.',
  'core.part.missing':
    'O código dessa parte não chegou: verifique a conexão de rede (uma cópia hospedada por você precisa servir a pasta chunks ao lado do bundle).',
  'core.part.error': 'Não foi possível carregar uma parte deste widget. {reason}',

  'api.noAddress': 'Nenhum endereço de servidor configurado: defina o atributo api-base (ou use um <dashboard-config>).',
  'api.unknownAddress': 'no endereço configurado',
  'api.redirect': 'O servidor {server} respondeu de outro endereço (um redirecionamento, que não é seguido); verifique o api-base.',
  'api.network':
    'Não foi possível acessar o servidor {server}. Verifique a conexão de rede e o endereço do servidor; se o servidor estiver no ar, talvez ele não permita solicitações desta página (CORS).',
  'api.timeout': {
    one: 'O servidor não respondeu dentro de {count} segundo.',
    many: 'O servidor não respondeu dentro de {count} de segundos.',
    other: 'O servidor não respondeu dentro de {count} segundos.',
  },
  'api.auth': 'O servidor não aceitou o token de acesso: ele está ausente, é inválido ou expirou.',
  'api.permission': 'Esta conta não tem permissão para isso.',
  'api.failed': 'Erro no servidor (HTTP {status}). Tente novamente mais tarde.',
  'api.failedStatus': 'Erro no servidor (HTTP {status}).',
  'api.empty': 'O servidor enviou uma resposta vazia (HTTP {status}).',
  'api.webPage': 'O servidor enviou uma página da web em vez de dados (HTTP {status}). Verifique o endereço do servidor.',
  'api.notJson': 'A resposta do servidor não é um JSON válido (HTTP {status}); talvez ela tenha sido cortada.',
  'api.tooLarge': 'A resposta do servidor é grande demais ({size} MB ou mais; o limite é {limit} MB) e não foi lida.',

  'api.matomo.noMessage': 'O servidor informou um erro sem mensagem.',
  'api.matomo.tokenRefused': 'O servidor não aceitou o token de acesso. ({detail})',
  'api.matomo.needsToken': '{detail} Nenhum token foi informado: estes dados exigem um.',
  'api.matomo.errorStatus': 'O servidor respondeu com um erro (HTTP {status}).',
  'api.matomo.bulk': 'O servidor respondeu incorretamente a uma solicitação em lote (chamadas: {asked}; resultados: {count}).',
  'api.matomo.bulkNoList': 'O servidor respondeu a uma solicitação em lote sem uma lista de resultados (chamadas: {asked}).',
  'api.matomo.unexpected': 'O servidor enviou {found} quando se esperava {expected}.',
  'api.matomo.found.empty': 'um valor vazio',
  'api.matomo.found.list': 'uma lista',
  'api.matomo.found.longText': 'um texto longo',
  'api.matomo.found.text': 'o texto “{text}”',
  'api.matomo.found.object': 'um objeto',
  'api.matomo.found.value': 'um valor do tipo {type} ({value})',
  'api.matomo.expected.activities': 'uma lista de atividades',
  'api.matomo.expected.activityCount': 'o número de atividades (um número)',
  'api.matomo.expected.logins': 'uma lista de logins',
  'api.matomo.expected.superUser': 'a indicação de se este é um superusuário (sim ou não)',
  'api.matomo.expected.sites': 'uma lista de sites',
  'api.matomo.expected.siteVisits': 'visitas por site',
  'api.matomo.expected.periodVisits': 'visitas por período',
  'api.matomo.expected.segments': 'uma lista de segmentos',
  'api.matomo.noSite': 'Nenhum site configurado: defina o atributo site-id (um ID ou uma lista separada por vírgulas).',
  'api.matomo.badDate':
    'O gráfico lê períodos de dia, semana, mês ou ano em lastN, previousN ou YYYY-MM-DD,YYYY-MM-DD, e não “{date}” por {period}.',
  'api.matomo.noSiteVisits': 'A resposta do servidor não traz visitas para o site {id}.',
  'api.matomo.noMetrics': 'O servidor não enviou métricas para o período {period}.',
  'api.matomo.site': 'Site {id}',

  'api.signIn.refused':
    'O servidor {server} recusou o token de acesso: verifique-o ou gere um novo no Matomo (Pessoal › Segurança › Tokens de autenticação). Cada recusa conta como um login malsucedido; depois de cerca de 20, o Matomo bloqueia esta rede por um tempo.',
  'api.signIn.lockout':
    'Muitos logins malsucedidos a partir desta rede: o servidor {server} está recusando as solicitações dela por enquanto. Tente novamente mais tarde (em cerca de 30 minutos) ou peça ao administrador do servidor que desbloqueie este endereço.',
  'api.signIn.unreachable':
    'Não foi possível acessar o servidor {server}, ou ele não responde a esta página: verifique o endereço e a rede, e se o cors_domains do Matomo inclui {page}. (Uma rede bloqueada após muitos logins malsucedidos parece igual: tente novamente mais tarde.)',
  'api.signIn.notFound': 'Não há uma API do Matomo neste endereço (HTTP 404). Verifique o api-base: ele deve apontar para a raiz do Matomo.',

  'api.rocketchat.refused': 'O servidor não aceitou o ID do usuário e o token.',
  'api.rocketchat.refusedDetail': 'O servidor não aceitou o ID do usuário e o token ({detail}).',
  'api.rocketchat.notAllowed': 'Esta conta não tem permissão para fazer isso.',
  'api.rocketchat.notAllowedDetail': 'Esta conta não tem permissão para fazer isso ({detail}).',
  'api.rocketchat.notFound': 'Não há uma API do Rocket.Chat neste endereço (HTTP 404). Verifique o api-base: ele deve apontar para a raiz do servidor.',
  'api.rocketchat.notObject': 'A resposta do servidor não é um objeto (HTTP {status}).',
  'api.rocketchat.noSettings': 'O servidor não enviou uma lista de configurações.',
  'api.rocketchat.noPublicSettings': 'O servidor não enviou uma lista de configurações públicas.',
  'api.rocketchat.nonePublic': 'O servidor não disponibiliza publicamente nenhuma destas configurações.',
  'api.rocketchat.noValue': 'A resposta do servidor para a configuração {id} não tem valor.',
  'api.rocketchat.noPermissions': 'O servidor não enviou uma lista de permissões.',
  'api.rocketchat.access.none': 'Nenhum papel desta conta ({roles}) tem edit-privileged-setting ou manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'nenhum',
  'api.rocketchat.access.noneSelected': 'Esta conta só pode alterar algumas configurações (manage-selected-settings), e nenhuma destas.',
  'api.rocketchat.access.some': 'Esta conta só pode alterar algumas configurações (manage-selected-settings); as demais são somente leitura.',

  'api.save.notResult': 'A resposta do servidor à chamada {method} não é um resultado dessa chamada.',
  'api.save.notAllowed': 'Esta conta não pode alterar estas configurações.',
  'api.save.notAllowedDetail': 'Esta conta não pode alterar estas configurações ({detail}).',
  'api.save.slowDown': 'O servidor pede para ir mais devagar: tente novamente em alguns segundos.',
  'api.save.refusedValue': 'O servidor recusou um valor.',
  'api.save.refusedValueDetail': 'O servidor recusou um valor ({detail}).',
  'api.save.noMethod': 'Este servidor não tem o método {method}.',
  'api.save.noMethodDetail': 'Este servidor não tem o método {method} ({detail}).',
  'api.save.refusedCall': 'O servidor recusou a chamada {method}.',

  'api.twoFactor.required': 'O servidor pede confirmação por autenticação de dois fatores para salvar estas configurações.',
  'api.twoFactor.invalid': 'Esse código de autenticação de dois fatores não foi aceito. Tente novamente.',
  'api.twoFactor.maxAttempts': 'Muitos códigos de dois fatores incorretos: o servidor não aceita mais este código.',

  'embed.share': 'Compartilhar / incorporar',
  'embed.sharePart': 'o painel Compartilhar / incorporar',
  'embed.close': 'Fechar',
  'embed.title.activityLog': 'Registro de atividades',
  'embed.title.visitsChart': 'Gráfico de visitas',
  'embed.title.analyticsSettings': 'Configurações de análise',
  'embed.title.other': 'Widget de painel',

  'embed.page.notFound': 'Widget não encontrado',
  'embed.page.nothing': 'Nenhum widget para mostrar.',
  'embed.page.noWidget': 'Esta página mostra um widget indicado no seu endereço, por exemplo #widget={example}. Widgets: {widgets}.',
  'embed.page.unknown': 'Não há nenhum widget chamado “{name}” para mostrar aqui. Widgets: {widgets}.',
  'embed.page.noCode': 'O código do widget ({widget}) não carregou. Verifique se os bundles dos widgets estão ao lado desta página.',

  'embed.share.cannot': 'Este elemento não pode ser compartilhado: só activity-log, visits-chart e analytics-settings podem.',
  'embed.share.before': 'Antes de compartilhar',
  'embed.share.warn.matomoToken':
    'Qualquer pessoa que tiver um link ou trecho de código compartilhado poderá usar o token contido nele. Use um token somente de visualização: o token de um usuário do Matomo que tenha apenas acesso de “visualização” a estes sites, nunca o de um superusuário ou de um administrador.',
  'embed.share.warn.chatToken':
    'Qualquer pessoa que tiver um link ou trecho de código compartilhado poderá usar o token contido nele. Use o token de acesso pessoal de um usuário do Rocket.Chat sem direitos de administração, nunca o de um administrador.',
  'embed.share.warn.matomoNoToken': 'Nenhum token incluído: o widget mostrará o que o usuário anônimo pode ver.',
  'embed.share.warn.chatNoToken': 'Nenhum token incluído: o Rocket.Chat pedirá que o visitante faça login, e o widget avisará isso.',
  'embed.share.warn.editable':
    'Esta cópia pode alterar configurações. Incorpore-a como somente leitura, a menos que as pessoas com quem você compartilha devam poder editar.',
  'embed.share.warn.plainHttp': 'O endereço do servidor usa http simples: o token trafegaria pela rede sem criptografia.',
  'embed.share.warn.userId': 'Um token do Rocket.Chat só funciona com o ID do seu usuário: informe o ID do usuário que corresponde ao token.',
  'embed.share.warn.fixedDay':
    'O gráfico conta seus intervalos a partir de um dia fixo (today="{today}"): a cópia compartilhada continuará mostrando os intervalos desse dia.',
  'embed.share.activityLogScope':
    'Um token que não é de superusuário mostra apenas as atividades do próprio usuário: com um token somente de visualização, o destinatário vê as atividades desse usuário, e não as de todos. A prévia abaixo mostra exatamente o que ele verá.',
  'embed.share.token': 'Token da cópia compartilhada',
  'embed.share.matomoTokenHint':
    'Um token do Matomo somente de visualização (Pessoal > Segurança > Tokens de autenticação de um usuário com acesso de visualização). Deixe em branco para acesso anônimo.',
  'embed.share.chatTokenHint': 'O token de acesso pessoal de um usuário do Rocket.Chat sem direitos de administração.',
  'embed.share.userId': 'ID do usuário desse token',
  'embed.share.userIdHint': 'O ID do usuário a quem esse token pertence (o Rocket.Chat envia os dois). O seu próprio ID nunca é compartilhado.',
  'embed.share.readOnly': 'Compartilhar somente leitura (nada pode ser alterado pela cópia)',
  'embed.share.look': 'Aparência da cópia compartilhada',
  'embed.share.theme': 'Tema',
  'embed.share.theme.same': 'Como o widget aqui',
  'embed.share.theme.light': 'Claro',
  'embed.share.theme.dark': 'Escuro',
  'embed.share.theme.auto': 'Seguir o sistema de quem vê',
  'embed.share.background': 'Fundo',
  'embed.share.background.same': 'O do widget',
  'embed.share.background.transparent': 'Transparente',
  'embed.share.background.colour': 'Uma cor…',
  'embed.share.colour': 'Cor de fundo',
  'embed.share.language': 'Idioma',
  'embed.share.languagePlaceholder': 'ex.: pt-BR, fr-CH',
  'embed.share.languageHint':
    'Todas as palavras, datas e números neste idioma (uma tag BCP 47). Em branco: o do widget ou, na falta dele, o do navegador de quem vê.',
  'embed.share.compact': 'Compacto: só os dados, sem título, botões e controles',
  'embed.share.controls': 'Controles que o destinatário pode usar',
  'embed.share.control.period': 'Período',
  'embed.share.control.range': 'Intervalo',
  'embed.share.control.metric': 'Métrica',
  'embed.share.control.compare': 'Comparação',
  'embed.share.control.view': 'Visualização em tabela',
  'embed.share.control.export': 'Downloads',
  'embed.share.control.share': 'Compartilhar / incorporar',
  'embed.share.hosting': 'Onde os arquivos do widget estão hospedados',
  'embed.share.hostingAddress': 'Endereço da pasta que contém embed.html e cdn/',
  'embed.share.notDetected':
    'Não foi possível descobrir, a partir desta página, o endereço dos arquivos do widget (os widgets vêm de um bundle próprio). Informe o endereço onde embed.html e cdn/ são servidos ou indique-o à página com <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Verificar o token e visualizar',
  'embed.share.preview': 'Visualizar o que o destinatário vê',
  'embed.share.previewHint':
    'Nada é enviado enquanto você digita. Um token do Matomo é verificado com uma única solicitação, depois que uma solicitação sem ele mostra que o servidor responde: o Matomo conta cada token recusado como um login malsucedido.',
  'embed.share.checking': 'Verificando o token…',
  'embed.share.superUser': 'Token de superusuário.',
  'embed.share.verdict.superUser':
    'Este token pertence a um superusuário: quem tiver a cópia compartilhada poderá ler e alterar tudo neste Matomo. Crie um token para um usuário que tenha apenas acesso de visualização.',
  'embed.share.verdict.limited': 'O token foi aceito e não é de um superusuário.',
  'embed.share.verdict.refused':
    'O Matomo recusou este token (ou bloqueia este endereço após muitos logins malsucedidos). Ele foi testado uma vez e não será testado de novo: verifique-o e clique no botão novamente.',
  'embed.share.verdict.unreachable':
    'O servidor do Matomo não respondeu, por isso o token não foi enviado. Verifique o endereço do servidor e as configurações de CORS dele (cors_domains).',
  'embed.share.stalePreview': 'O token mudou desde a prévia: clique no botão novamente para vê-la com o novo token.',
  'embed.share.previewTitle': 'Prévia: {widget} como o destinatário verá',
  'embed.share.link': 'Link',
  'embed.share.linkHint': 'Abre o widget em uma página própria. As configurações vão depois do #, que nunca é enviado a um servidor.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Para qualquer página ou CMS que aceite um iframe. A linha de script deixa o frame da altura do widget; é um script clássico, então ele carrega de outro site sem nenhum cabeçalho CORS.',
  'embed.share.script': 'Tag de script',
  'embed.share.scriptHint':
    'Para uma página que você controla: o widget passa a fazer parte da página. A página carrega um script de módulo do host do widget, então esse host precisa enviar Access-Control-Allow-Origin para os arquivos de cdn/ (o npm start e as CDNs públicas do npm fazem isso), e o widget consulta o servidor dele a partir dessa página: o Matomo precisa listar a origem da página em cors_domains (no Rocket.Chat, nas configurações de CORS). Um fundo adiciona um atributo style: em uma página cuja Content-Security-Policy proíba estilos inline, defina --dw-background na folha de estilos dela.',
  'embed.share.copy.link': 'Copiar link',
  'embed.share.copy.iframe': 'Copiar iframe',
  'embed.share.copy.script': 'Copiar tag de script',
  'embed.share.copied.link': 'Link copiado.',
  'embed.share.copied.iframe': 'Iframe copiado.',
  'embed.share.copied.script': 'Tag de script copiada.',
  'embed.share.select.link': 'O link está selecionado: pressione Ctrl+C (Cmd+C no Mac) para copiá-lo.',
  'embed.share.select.iframe': 'O iframe está selecionado: pressione Ctrl+C (Cmd+C no Mac) para copiá-lo.',
  'embed.share.select.script': 'A tag de script está selecionada: pressione Ctrl+C (Cmd+C no Mac) para copiá-la.',
  'embed.share.frameTitle.matomo': '{widget} do Matomo',
  'embed.share.frameTitle.matomoSite': '{widget} do Matomo (site {site})',
  'embed.share.frameTitle.matomoSites': '{widget} do Matomo (sites {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} do Matomo (todos os sites)',
  'embed.share.frameTitle.chat': '{widget} do Rocket.Chat',
  'embed.share.frameComment': 'Deixa o iframe da altura do widget (opcional).',
} satisfies Messages;
