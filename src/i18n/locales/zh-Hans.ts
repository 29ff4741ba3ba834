import type { Messages } from '../types.js';
import activityLog from './zh-Hans/activity-log.js';
import visitsChart from './zh-Hans/visits-chart.js';
import analyticsSettings from './zh-Hans/analytics-settings.js';
import activityLogParts from './zh-Hans/activity-log-parts.js';
import activityLogReport from './zh-Hans/activity-log-report.js';
import activityLogSignins from './zh-Hans/activity-log-signins.js';
import activityLogHistory from './zh-Hans/activity-log-history.js';
import activityLogFilters from './zh-Hans/activity-log-filters.js';
import visitsChartParts from './zh-Hans/visits-chart-parts.js';

/**
 * Simplified Chinese (简体中文), as written in mainland China. Every message of the catalogue
 * (src/i18n/messages.generated.ts, keyed by its English), with the same placeholders; plural
 * messages with Chinese's one category (other). The reader is addressed with 您 and asked with 请, as
 * product UIs in mainland China do; labels and buttons are short verb or noun phrases (「关闭」 style,
 * no 请).
 * Typography: full-width ，。：；（） and “” quotes; a space between Chinese and Latin words or numbers
 * (也包括 placeholders that hold them), none next to full-width punctuation; …… for an action under
 * way, … after a choice that opens more. Terms: 网站 (site), 令牌 (访问令牌, 个人访问令牌), 超级用户, 双因素认证, 小组件
 * (widget), 分享/嵌入, 接收者 (recipient), 查看者 (viewer).
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are plain nouns:
 * "正在加载{part}……" reads "正在加载分享/嵌入面板……". `{server}` (an origin, or "the configured address") stands
 * in parentheses after 服务器.
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
  'Could not load the data': '无法加载数据',
  'Something went wrong while loading the data.': '加载数据时出错。',
  'Check the token given to this widget.': '请检查为此小组件提供的令牌。',
  'Ask an administrator for access, or use a token that has it.': '请向管理员申请访问权限，或使用具有该权限的令牌。',
  'Retry': '重试',
  'Try again': '再试一次',
  'Loading {part}…': '正在加载{part}……',
  'Could not load {part}.': '无法加载{part}。',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).': '未能获取其代码：请检查网络连接（自行托管的副本必须在 bundle 文件旁边提供 chunks 文件夹）。',
  'A part of this widget could not be loaded. {reason}': '此小组件的某个部分无法加载。{reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': '未配置服务器地址：请设置 api-base 属性（或使用 <dashboard-config>）。',
  'the configured address': '所配置的地址',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': '服务器（{server}）从另一个地址作出了响应（即重定向，不会跟随）；请检查 api-base。',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).': '无法连接到服务器（{server}）。请检查网络连接和服务器地址；如果服务器正在运行，它可能不允许来自此页面的请求（CORS）。',
  'The server did not answer within {count} seconds.': {
    other: '服务器在 {count} 秒内未响应。',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': '服务器不接受该访问令牌：令牌缺失、无效或已过期。',
  'This account does not have permission for this.': '此账户没有执行此操作的权限。',
  'The server failed (HTTP {status}). Try again later.': '服务器出错（HTTP {status}）。请稍后重试。',
  'The server failed (HTTP {status}).': '服务器出错（HTTP {status}）。',
  'The server sent an empty answer (HTTP {status}).': '服务器返回了空响应（HTTP {status}）。',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': '服务器返回的是网页而不是数据（HTTP {status}）。请检查服务器地址。',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": '服务器的响应不是有效的 JSON（HTTP {status}），可能已被截断。',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": '服务器的响应过大（达到 {size} MB 或以上，上限为 {limit} MB），未予读取。',

  'The server reported an error without a message.': '服务器报告了错误，但未附带任何消息。',
  'The server did not accept the access token. ({detail})': '服务器不接受该访问令牌。（{detail}）',
  '{detail} No token was given: these data need one.': '{detail} 未提供令牌：这些数据需要令牌才能访问。',
  'The server answered with an error (HTTP {status}).': '服务器返回了错误（HTTP {status}）。',
  'The server answered a bulk request of {asked} with {count} results.': '服务器对包含 {asked} 个调用的批量请求返回了 {count} 个结果。',
  'The server answered a bulk request of {asked} with no list of results.': '服务器对包含 {asked} 个调用的批量请求作出了响应，但没有返回结果列表。',
  'The server sent {found} where {expected} was expected.': '服务器返回了{found}，而预期的是{expected}。',
  'an empty value': '空值',
  'a list': '一个列表',
  'a long text': '一段长文本',
  'the text "{text}"': '文本“{text}”',
  'an object': '一个对象',
  '{type} {value}': '类型为 {type} 的值 {value}',
  'a list of activities': '活动列表',
  'the number of activities (a number)': '活动数量（一个数字）',
  'a list of logins': '登录名列表',
  'whether this is a super user (yes or no)': '是否为超级用户（是或否）',
  'a list of sites': '网站列表',
  'visits per site': '各网站的访问量',
  'visits per period': '各时段的访问量',
  'a list of segments': '细分列表',
  'a list of websites': '网站列表',
  'The server sent {found} where the annotations of each site were expected.': '服务器返回了{found}，而预期的是各网站的注释。',
  'The server sent {found} where the annotations of site {site} were expected.': '服务器返回了{found}，而预期的是网站 {site} 的注释。',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").': '未配置网站：请设置 site-id 属性（一个 ID、以逗号分隔的列表，或“all”）。',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    '小组件无法读取日期“{date}”：请使用 lastN、previousN、YYYY-MM-DD、YYYY-MM-DD,YYYY-MM-DD 或 this-month 等命名范围。',
  "The server's answer has no visits for site {id}.": '服务器的响应中没有网站 {id} 的访问数据。',
  'The server sent no metrics for the period {period}.': '服务器未返回时段 {period} 的指标。',
  'Site {id}': '网站 {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    '服务器（{server}）拒绝了该访问令牌：请检查令牌，或在 Matomo 中重新生成（个人 › 安全 › 认证令牌）。每次被拒绝都会计为一次登录失败；累计约 20 次后，Matomo 会暂时封锁此网络。',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    '此网络的登录失败次数过多：服务器（{server}）暂时拒绝来自此网络的请求。请稍后重试（约 30 分钟后），或请服务器管理员解除对此地址的封锁。',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    '无法连接到服务器（{server}），或服务器未响应此页面：请检查地址和网络，并确认 Matomo 的 cors_domains 中包含 {page}。（因登录失败次数过多而被封锁的网络也会出现同样的情况：请稍后重试。）',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': '此地址下没有 Matomo API（HTTP 404）。请检查 api-base：它应指向 Matomo 的根目录。',

  'The server did not accept the user id and token.': '服务器不接受该用户 ID 和令牌。',
  'The server did not accept the user id and token ({detail}).': '服务器不接受该用户 ID 和令牌（{detail}）。',
  'This account may not do this.': '此账户无权执行此操作。',
  'This account may not do this ({detail}).': '此账户无权执行此操作（{detail}）。',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': '此地址下没有 Rocket.Chat API（HTTP 404）。请检查 api-base：它应指向服务器的根地址。',
  "The server's answer is not an object (HTTP {status}).": '服务器的响应不是对象（HTTP {status}）。',
  'The server sent no list of settings.': '服务器未返回设置列表。',
  'The server sent no list of public settings.': '服务器未返回公开设置列表。',
  'The server listed none of these settings publicly.': '服务器没有公开这些设置中的任何一项。',
  "The server's answer for setting {id} has no value.": '服务器对设置 {id} 的响应中没有值。',
  'The server sent no list of permissions.': '服务器未返回权限列表。',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': '此账户的角色（{roles}）都不具有 edit-privileged-setting 或 manage-selected-settings 权限。',
  'none': '无',
  'This account may change only some settings (manage-selected-settings), none of these.': '此账户只能更改部分设置（manage-selected-settings），但不包括这里的任何一项。',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': '此账户只能更改部分设置（manage-selected-settings），其余设置为只读。',

  "The server's answer to the {method} call is not a result of it.": '服务器对 {method} 调用的响应不是该调用的结果。',
  'This account may not change these settings.': '此账户无权更改这些设置。',
  'This account may not change these settings ({detail}).': '此账户无权更改这些设置（{detail}）。',
  'The server asks to slow down: try again in a few seconds.': '服务器要求降低请求频率：请在几秒后重试。',
  'The server refused a value.': '服务器拒绝了一个值。',
  'The server refused a value ({detail}).': '服务器拒绝了一个值（{detail}）。',
  'This server has no {method} method.': '此服务器没有 {method} 方法。',
  'This server has no {method} method ({detail}).': '此服务器没有 {method} 方法（{detail}）。',
  'The server refused the {method} call.': '服务器拒绝了 {method} 调用。',

  'The server asks for two-factor confirmation to save these settings.': '服务器要求进行双因素认证确认，才能保存这些设置。',
  'That two-factor code was not accepted. Try again.': '该双因素认证码未被接受。请重试。',
  'Too many wrong two-factor codes: the server no longer accepts this one.': '输入错误的双因素认证码次数过多：服务器已不再接受此验证码。',

  'Share / embed': '分享/嵌入',
  'the Share / embed panel': '分享/嵌入面板',
  'Close': '关闭',
  'Activity log': '活动日志',
  'Visits chart': '访问量图表',
  'Analytics settings': '分析设置',
  'Dashboard widget': '仪表板小组件',

  'Widget not found': '未找到小组件',
  'No widget to show.': '没有可显示的小组件。',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': '此页面显示其地址中指定的一个小组件，例如 #widget={example}。可用的小组件：{widgets}。',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': '这里没有名为“{name}”的小组件。可用的小组件：{widgets}。',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': '小组件（{widget}）的代码未能加载。请检查小组件的 bundle 文件是否与此页面位于同一位置。',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': '无法分享此元素：只有 activity-log、visits-chart 和 analytics-settings 可以分享。',
  'Before you share': '分享之前',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    '任何拿到分享链接或代码片段的人都可以使用其中的令牌。请使用只读令牌，即对这些网站只有“查看”权限的 Matomo 用户的令牌，切勿使用超级用户或管理员的令牌。',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.": '任何拿到分享链接或代码片段的人都可以使用其中的令牌。请使用没有管理权限的 Rocket.Chat 用户的个人访问令牌，切勿使用管理员的令牌。',
  'No token is included: the widget will show what the anonymous user may view.': '未包含令牌：小组件将显示匿名用户可以查看的内容。',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': '未包含令牌：Rocket.Chat 会要求查看者登录，小组件也会给出相应提示。',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.': '此副本可以更改设置。除非您希望分享对象能够编辑，否则请以只读方式嵌入。',
  'The server address uses plain http: the token would cross the network unencrypted.': '服务器地址使用的是未加密的 http：令牌将以明文形式在网络上传输。',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Rocket.Chat 令牌只能与其所属用户的 ID 一起使用：请输入与该令牌对应的用户 ID。',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.': '此图表从一个固定日期（today="{today}"）往前推算时间范围：分享的副本将一直显示以该日期为准的时间范围。',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    '非超级用户的令牌只能显示其所属用户自己的活动：使用只读令牌时，接收者看到的是该用户的活动，而不是所有人的活动。下方的预览显示的正是他们将看到的内容。',
  'Token for the shared copy': '分享副本使用的令牌',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.': '只读的 Matomo 令牌（在具有查看权限的用户的“个人 > 安全 > 认证令牌”中创建）。留空则使用匿名访问。',
  'The personal access token of a Rocket.Chat user without administration rights.': '没有管理权限的 Rocket.Chat 用户的个人访问令牌。',
  'User id of that token': '该令牌的用户 ID',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': '该令牌所属用户的 ID（Rocket.Chat 会同时发送这两项）。您自己的 ID 永远不会被分享。',
  'Share read-only (nothing can be changed through the copy)': '以只读方式分享（无法通过副本更改任何内容）',
  'How the shared copy looks': '分享副本的外观',
  'Theme': '主题',
  'As the widget here': '与此处的小组件相同',
  'Light': '浅色',
  'Dark': '深色',
  "Follow the viewer's system": '跟随查看者的系统设置',
  'Background': '背景',
  "The widget's": '小组件的背景',
  'Transparent': '透明',
  'A colour…': '自定义颜色…',
  'Background colour': '背景颜色',
  'Language': '语言',
  'e.g. de, fr-CH': '例如 zh-CN、fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.": '以此语言显示所有文字、日期和数字（BCP 47 语言标记）。留空则使用小组件的语言，若无则使用查看者浏览器的语言。',
  'Compact: the data alone, without the heading, buttons and controls': '紧凑：只显示数据，不显示标题、按钮和控件',
  'Controls the recipient may use': '接收者可以使用的控件',
  'Period': '时段',
  'Range': '日期范围',
  'Metric': '指标',
  'Comparison': '对比',
  'Annotations': '注释',
  'Table view': '表格视图',
  'Downloads': '下载',
  'Where the widget files are hosted': '小组件文件的托管位置',
  'Address of the folder holding embed.html and cdn/': '包含 embed.html 和 cdn/ 的文件夹地址',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    '无法从此页面确定小组件文件的地址（小组件来自您自己打包的 bundle）。请输入提供 embed.html 和 cdn/ 的地址，或通过 <meta name="dashboard-widgets-base" content="…"> 告知页面。',
  'Check the token and preview': '检查令牌并预览',
  'Preview what the recipient sees': '预览接收者看到的内容',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    '输入时不会发送任何内容。检查 Matomo 令牌只需一次请求，且在此之前会先发送一次不带令牌的请求，确认服务器有响应：Matomo 会将每个被拒绝的令牌计为一次登录失败。',
  'Checking the token…': '正在检查令牌……',
  'Super user token.': '超级用户令牌。',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.': '此令牌属于超级用户：任何拿到分享副本的人都能读取并更改此 Matomo 中的所有内容。请为只有查看权限的用户创建令牌。',
  "The token was accepted and is not a super user's.": '令牌已被接受，且不属于超级用户。',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo 拒绝了此令牌（或因登录失败次数过多而封锁了此地址）。该令牌只尝试了一次，不会再次尝试：请检查令牌，然后再次点击按钮。',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).': 'Matomo 服务器没有响应，因此未发送令牌。请检查服务器地址及其 CORS 设置（cors_domains）。',
  'The token changed since the preview: press the button again to see it with the new token.': '预览之后令牌已更改：请再次点击按钮，查看使用新令牌的预览。',
  'Preview: {widget} as the recipient sees it': '预览：接收者看到的{widget}',
  'Link': '链接',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': '在单独的页面中打开小组件。设置位于 # 之后，这部分永远不会发送到服务器。',
  'Iframe': 'iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    '适用于任何支持 iframe 的页面或 CMS。其中的脚本行会让框架与小组件等高；它是传统脚本，因此无需任何 CORS 头即可从其他网站加载。',
  'Script tag': 'script 标签',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    '适用于您能管理的页面：小组件将成为页面的一部分。页面会从小组件所在的主机加载模块脚本，因此该主机必须为 cdn/ 中的文件发送 Access-Control-Allow-Origin（npm start 和公共 npm CDN 都会发送）；小组件会从该页面向其服务器发出请求：Matomo 必须在 cors_domains 中列出该页面的源（Rocket.Chat：在其 CORS 设置中列出）。设置背景会添加一个 style 属性：如果页面的 Content-Security-Policy 禁止内联样式，请改为在其样式表中设置 --dw-background。',
  'Copy link': '复制链接',
  'Copy iframe': '复制 iframe',
  'Copy script tag': '复制 script 标签',
  'Copied the link.': '已复制链接。',
  'Copied the iframe.': '已复制 iframe。',
  'Copied the script tag.': '已复制 script 标签。',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': '已选中链接：请按 Ctrl+C（在 Mac 上按 Cmd+C）进行复制。',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': '已选中 iframe：请按 Ctrl+C（在 Mac 上按 Cmd+C）进行复制。',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': '已选中 script 标签：请按 Ctrl+C（在 Mac 上按 Cmd+C）进行复制。',
  '{widget} (Matomo)': '{widget}（Matomo）',
  '{widget} (Matomo, site {site})': '{widget}（Matomo，网站 {site}）',
  '{widget} (Matomo, sites {sites})': '{widget}（Matomo，网站 {sites}）',
  '{widget} (Matomo, all sites)': '{widget}（Matomo，所有网站）',
  '{widget} (Rocket.Chat)': '{widget}（Rocket.Chat）',
  'Makes the iframe as tall as its widget (optional).': '使 iframe 与其小组件等高（可选）。',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': '分页',
  'First': '首页',
  'Last': '末页',
  'Go to…': '跳转到…',
  'Previous': '上一页',
  'Page {page} of {pages}': '第 {page} 页，共 {pages} 页',
  'Page {page}': '第 {page} 页',
  'Next': '下一页',
  'Rows per page': '每页行数',
  'Clear dates': '清除日期',
  'No activities match these filters.': '没有与这些筛选条件匹配的活动。',
  'No activities match these filters among those searched.': '已搜索的活动中没有与这些筛选条件匹配的活动。',
  'Clear filters': '清除筛选条件',
  'You have no recorded activities yet.': '您还没有任何活动记录。',
  'No activities have been recorded yet.': '还没有任何活动记录。',
} satisfies Messages;
