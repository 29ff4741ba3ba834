import type { Messages } from '../types.js';
import activityLog from './ja/activity-log.js';
import visitsChart from './ja/visits-chart.js';
import analyticsSettings from './ja/analytics-settings.js';
import activityLogParts from './ja/activity-log-parts.js';
import activityLogReport from './ja/activity-log-report.js';
import activityLogSignins from './ja/activity-log-signins.js';
import activityLogHistory from './ja/activity-log-history.js';
import activityLogFilters from './ja/activity-log-filters.js';
import visitsChartParts from './ja/visits-chart-parts.js';

/**
 * Japanese (日本語). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with Japanese's one category (other). Polite
 * です/ます, as Matomo and Rocket.Chat speak Japanese; labels and buttons as plain nouns or verbs
 * (「閉じる」).
 * Typography: full-width 。、：（） and 「」 for quoted words; no space between Japanese and Latin words,
 * numbers or placeholders. Terms: サイト, トークン (アクセストークン), スーパーユーザー, 二要素認証, ウィジェット, 共有／埋め込み, 共有相手 for
 * the recipient, 閲覧者 for the viewer.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are plain nouns:
 * "{part}を読み込んでいます…" reads "共有／埋め込みパネルを読み込んでいます…". `{server}` (an origin, or "the configured
 * address") stands in parentheses after サーバー.
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
  'Could not load the data': 'データを読み込めませんでした',
  'Something went wrong while loading the data.': 'データの読み込み中に問題が発生しました。',
  'Check the token given to this widget.': 'このウィジェットに指定したトークンを確認してください。',
  'Ask an administrator for access, or use a token that has it.': '管理者にアクセス権を依頼するか、アクセス権のあるトークンを使用してください。',
  'Retry': '再試行',
  'Try again': 'もう一度試す',
  'Loading {part}…': '{part}を読み込んでいます…',
  'Could not load {part}.': '{part}を読み込めませんでした。',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'コードが届きませんでした。ネットワーク接続を確認してください（セルフホストのコピーでは、バンドルと同じ場所でchunksフォルダーを配信する必要があります）。',
  'A part of this widget could not be loaded. {reason}': 'このウィジェットの一部を読み込めませんでした。{reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'サーバーのアドレスが設定されていません。api-base属性（または<dashboard-config>）を設定してください。',
  'the configured address': '設定されたアドレス',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'サーバー（{server}）が別のアドレスから応答しました（リダイレクトには従いません）。api-baseを確認してください。',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'サーバー（{server}）に接続できませんでした。ネットワーク接続とサーバーのアドレスを確認してください。サーバーが稼働している場合は、このページからのリクエストが許可されていない可能性があります（CORS）。',
  'The server did not answer within {count} seconds.': {
    other: 'サーバーから{count}秒以内に応答がありませんでした。',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'サーバーがアクセストークンを受け付けませんでした。トークンが指定されていないか、無効か、有効期限が切れています。',
  'This account does not have permission for this.': 'このアカウントには、この操作を行う権限がありません。',
  'The server failed (HTTP {status}). Try again later.': 'サーバーでエラーが発生しました（HTTP {status}）。しばらくしてからもう一度お試しください。',
  'The server failed (HTTP {status}).': 'サーバーでエラーが発生しました（HTTP {status}）。',
  'The server sent an empty answer (HTTP {status}).': 'サーバーから空の応答が返されました（HTTP {status}）。',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'サーバーからデータではなくWebページが返されました（HTTP {status}）。サーバーのアドレスを確認してください。',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'サーバーの応答が有効なJSONではありません（HTTP {status}）。途中で切れている可能性があります。',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'サーバーの応答が大きすぎるため（{size}MB以上。上限は{limit}MB）、読み込みませんでした。',

  'The server reported an error without a message.': 'サーバーがメッセージのないエラーを返しました。',
  'The server did not accept the access token. ({detail})': 'サーバーがアクセストークンを受け付けませんでした。（{detail}）',
  '{detail} No token was given: these data need one.': '{detail} トークンが指定されていません。このデータにはトークンが必要です。',
  'The server answered with an error (HTTP {status}).': 'サーバーがエラーを返しました（HTTP {status}）。',
  'The server answered a bulk request of {asked} with {count} results.': 'サーバーが一括リクエスト（呼び出し{asked}件）に対して{count}件の結果を返しました。',
  'The server answered a bulk request of {asked} with no list of results.': 'サーバーが一括リクエスト（呼び出し{asked}件）に対して結果のリストを返しませんでした。',
  'The server sent {found} where {expected} was expected.': 'サーバーから、{expected}ではなく{found}が返されました。',
  'an empty value': '空の値',
  'a list': 'リスト',
  'a long text': '長いテキスト',
  'the text "{text}"': 'テキスト「{text}」',
  'an object': 'オブジェクト',
  '{type} {value}': '{type}型の値（{value}）',
  'a list of activities': 'アクティビティのリスト',
  'the number of activities (a number)': 'アクティビティの件数（数値）',
  'a list of logins': 'ログイン名のリスト',
  'whether this is a super user (yes or no)': 'スーパーユーザーかどうか（はい／いいえ）',
  'a list of sites': 'サイトのリスト',
  'visits per site': 'サイトごとの訪問数',
  'visits per period': '期間ごとの訪問数',
  'a list of segments': 'セグメントのリスト',
  'a list of websites': 'ウェブサイトのリスト',
  'The server sent {found} where the annotations of each site were expected.': 'サーバーから、各サイトの注釈ではなく{found}が返されました。',
  'The server sent {found} where the annotations of site {site} were expected.': 'サーバーから、サイト{site}の注釈ではなく{found}が返されました。',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").': 'サイトが設定されていません。site-id属性を設定してください（IDを1つ、カンマ区切りのリスト、または「all」）。',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    '日付「{date}」はウィジェットで読み込めません。lastN、previousN、YYYY-MM-DD、YYYY-MM-DD,YYYY-MM-DD、またはthis-monthなどの名前付きの期間を使用してください。',
  "The server's answer has no visits for site {id}.": 'サーバーの応答に、サイト{id}の訪問数がありません。',
  'The server sent no metrics for the period {period}.': 'サーバーから期間{period}の指標が返されませんでした。',
  'Site {id}': 'サイト{id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'サーバー（{server}）がアクセストークンを拒否しました。トークンを確認するか、Matomoで作り直してください（個人用 › セキュリティ › 認証トークン）。拒否されるたびにログインの失敗として数えられ、20回ほどに達すると、Matomoはこのネットワークをしばらくブロックします。',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'このネットワークからのログインの失敗が多すぎるため、サーバー（{server}）は現在このネットワークからのリクエストを拒否しています。しばらくしてから（30分ほど後に）もう一度お試しいただくか、サーバーの管理者にこのアドレスのブロック解除を依頼してください。',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'サーバー（{server}）に接続できないか、サーバーがこのページに応答しません。アドレスとネットワークを確認し、Matomoのcors_domainsに{page}が含まれていることを確認してください（ログインの失敗が多すぎてネットワークがブロックされている場合も同じように見えます。その場合は、しばらくしてからもう一度お試しください）。',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'このアドレスにはMatomo APIがありません（HTTP 404）。api-baseを確認してください。Matomoのルートを指定する必要があります。',

  'The server did not accept the user id and token.': 'サーバーがユーザーIDとトークンを受け付けませんでした。',
  'The server did not accept the user id and token ({detail}).': 'サーバーがユーザーIDとトークンを受け付けませんでした（{detail}）。',
  'This account may not do this.': 'このアカウントには、この操作が許可されていません。',
  'This account may not do this ({detail}).': 'このアカウントには、この操作が許可されていません（{detail}）。',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'このアドレスにはRocket.Chat APIがありません（HTTP 404）。api-baseを確認してください。サーバーのルートを指定する必要があります。',
  "The server's answer is not an object (HTTP {status}).": 'サーバーの応答がオブジェクトではありません（HTTP {status}）。',
  'The server sent no list of settings.': 'サーバーから設定のリストが返されませんでした。',
  'The server sent no list of public settings.': 'サーバーから公開設定のリストが返されませんでした。',
  'The server listed none of these settings publicly.': 'サーバーは、これらの設定をいずれも公開していません。',
  "The server's answer for setting {id} has no value.": '設定{id}に対するサーバーの応答に値がありません。',
  'The server sent no list of permissions.': 'サーバーから権限のリストが返されませんでした。',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'このアカウントのロール（{roles}）には、edit-privileged-settingとmanage-selected-settingsのどちらの権限もありません。',
  'none': 'なし',
  'This account may change only some settings (manage-selected-settings), none of these.': 'このアカウントが変更できるのは一部の設定のみで（manage-selected-settings）、ここにある設定は含まれていません。',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'このアカウントが変更できるのは一部の設定のみです（manage-selected-settings）。その他の設定は読み取り専用です。',

  "The server's answer to the {method} call is not a result of it.": '{method}の呼び出しに対するサーバーの応答が、その呼び出しの結果になっていません。',
  'This account may not change these settings.': 'このアカウントでは、これらの設定を変更できません。',
  'This account may not change these settings ({detail}).': 'このアカウントでは、これらの設定を変更できません（{detail}）。',
  'The server asks to slow down: try again in a few seconds.': 'サーバーからリクエストの間隔を空けるよう求められました。数秒後にもう一度お試しください。',
  'The server refused a value.': 'サーバーが値を拒否しました。',
  'The server refused a value ({detail}).': 'サーバーが値を拒否しました（{detail}）。',
  'This server has no {method} method.': 'このサーバーには{method}メソッドがありません。',
  'This server has no {method} method ({detail}).': 'このサーバーには{method}メソッドがありません（{detail}）。',
  'The server refused the {method} call.': 'サーバーが{method}の呼び出しを拒否しました。',

  'The server asks for two-factor confirmation to save these settings.': 'これらの設定を保存するには、二要素認証による確認が必要です。',
  'That two-factor code was not accepted. Try again.': 'その二要素認証コードは受け付けられませんでした。もう一度お試しください。',
  'Too many wrong two-factor codes: the server no longer accepts this one.': '誤った二要素認証コードが多すぎるため、サーバーはこのコードを受け付けなくなりました。',

  'Share / embed': '共有／埋め込み',
  'the Share / embed panel': '共有／埋め込みパネル',
  'Close': '閉じる',
  'Activity log': 'アクティビティログ',
  'Visits chart': '訪問数グラフ',
  'Analytics settings': 'アナリティクス設定',
  'Dashboard widget': 'ダッシュボードウィジェット',

  'Widget not found': 'ウィジェットが見つかりません',
  'No widget to show.': '表示するウィジェットがありません。',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'このページには、アドレスで指定したウィジェットが1つ表示されます（例：#widget={example}）。ウィジェット：{widgets}',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': '「{name}」という名前のウィジェットはありません。ウィジェット：{widgets}',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'ウィジェット（{widget}）のコードを読み込めませんでした。ウィジェットのバンドルがこのページと同じ場所にあることを確認してください。',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'この要素は共有できません。共有できるのはactivity-log、visits-chart、analytics-settingsのみです。',
  'Before you share': '共有する前に',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    '共有したリンクやスニペットを持っている人は誰でも、そこに含まれるトークンを使用できます。閲覧専用のトークン、つまりこれらのサイトに「閲覧」アクセス権のみを持つMatomoユーザーのトークンを使用してください。スーパーユーザーや管理者のトークンは決して使用しないでください。',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    '共有したリンクやスニペットを持っている人は誰でも、そこに含まれるトークンを使用できます。管理者権限を持たないRocket.Chatユーザーのパーソナルアクセストークンを使用してください。管理者のトークンは決して使用しないでください。',
  'No token is included: the widget will show what the anonymous user may view.': 'トークンは含まれていません。ウィジェットには、匿名ユーザーが閲覧できる内容が表示されます。',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'トークンは含まれていません。Rocket.Chatが閲覧者にログインを求め、ウィジェットにはその旨が表示されます。',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.': 'このコピーでは設定を変更できます。共有相手が編集する必要がない限り、読み取り専用で埋め込んでください。',
  'The server address uses plain http: the token would cross the network unencrypted.': 'サーバーのアドレスが暗号化されないhttpを使用しています。トークンが暗号化されずにネットワーク上を流れます。',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Rocket.Chatのトークンは、そのユーザーのIDと組み合わせた場合にのみ機能します。トークンに対応するユーザーIDを入力してください。',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'このグラフは、固定された日付（today="{today}"）から期間をさかのぼって数えています。共有したコピーには、その日付を基準にした期間が表示され続けます。',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'スーパーユーザー以外のトークンでは、そのユーザー自身のアクティビティのみが表示されます。閲覧専用のトークンでは、共有相手に表示されるのは全員のアクティビティではなく、そのユーザーのアクティビティです。下のプレビューには、共有相手に表示される内容がそのまま表示されます。',
  'Token for the shared copy': '共有コピー用のトークン',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    '閲覧専用のMatomoトークン（「閲覧」アクセス権を持つユーザーの［個人用 > セキュリティ > 認証トークン］で作成）。匿名アクセスにする場合は空欄のままにしてください。',
  'The personal access token of a Rocket.Chat user without administration rights.': '管理者権限を持たないRocket.Chatユーザーのパーソナルアクセストークン。',
  'User id of that token': 'このトークンのユーザーID',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'このトークンを所有するユーザーのID（Rocket.Chatは両方を送信します）。あなた自身のIDが共有されることはありません。',
  'Share read-only (nothing can be changed through the copy)': '読み取り専用で共有する（コピーからは何も変更できません）',
  'How the shared copy looks': '共有コピーの表示',
  'Theme': 'テーマ',
  'As the widget here': 'このウィジェットと同じ',
  'Light': 'ライト',
  'Dark': 'ダーク',
  "Follow the viewer's system": '閲覧者のシステム設定に従う',
  'Background': '背景',
  "The widget's": 'ウィジェットの背景',
  'Transparent': '透明',
  'A colour…': '色を指定…',
  'Background colour': '背景色',
  'Language': '言語',
  'e.g. de, fr-CH': '例：ja、fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'すべての文字列、日付、数値をこの言語で表示します（BCP 47の言語タグ）。空欄の場合はウィジェットの言語、それもなければ閲覧者のブラウザーの言語になります。',
  'Compact: the data alone, without the heading, buttons and controls': 'コンパクト：見出し、ボタン、操作部品を除き、データのみを表示',
  'Controls the recipient may use': '共有相手が使用できる操作',
  'Period': '期間',
  'Range': '日付範囲',
  'Metric': '指標',
  'Comparison': '比較',
  'Annotations': '注釈',
  'Table view': 'テーブル表示',
  'Downloads': 'ダウンロード',
  'Where the widget files are hosted': 'ウィジェットのファイルの配置場所',
  'Address of the folder holding embed.html and cdn/': 'embed.htmlとcdn/を含むフォルダーのアドレス',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'このページからは、ウィジェットのファイルのアドレスを特定できませんでした（ウィジェットが独自のバンドルから読み込まれています）。embed.htmlとcdn/が配信されているアドレスを入力するか、<meta name="dashboard-widgets-base" content="…">でページに指定してください。',
  'Check the token and preview': 'トークンを確認してプレビュー',
  'Preview what the recipient sees': '共有相手に表示される内容をプレビュー',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    '入力中は何も送信されません。Matomoのトークンは、まずトークンなしのリクエストでサーバーが応答することを確かめたうえで、1回のリクエストで確認します。Matomoは拒否されたトークンをすべてログインの失敗として数えるためです。',
  'Checking the token…': 'トークンを確認しています…',
  'Super user token.': 'スーパーユーザーのトークンです。',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'このトークンはスーパーユーザーのものです。共有コピーを持つ人は誰でも、このMatomoのすべてを閲覧・変更できてしまいます。閲覧アクセス権のみを持つユーザーのトークンを作成してください。',
  "The token was accepted and is not a super user's.": 'トークンは受け付けられました。スーパーユーザーのトークンではありません。',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomoがこのトークンを拒否しました（または、ログインの失敗が多すぎるため、このアドレスをブロックしています）。トークンは1回だけ試し、再試行はしません。トークンを確認してから、もう一度ボタンを押してください。',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'Matomoサーバーが応答しなかったため、トークンは送信していません。サーバーのアドレスとCORS設定（cors_domains）を確認してください。',
  'The token changed since the preview: press the button again to see it with the new token.': 'プレビューの後でトークンが変更されました。新しいトークンで表示するには、もう一度ボタンを押してください。',
  'Preview: {widget} as the recipient sees it': 'プレビュー：共有相手に表示される{widget}',
  'Link': 'リンク',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'ウィジェットを単独のページで開きます。設定は#の後ろに含まれ、この部分がサーバーに送信されることはありません。',
  'Iframe': 'iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'iframeを使用できるあらゆるページやCMSで使えます。スクリプトの行がフレームの高さをウィジェットに合わせます。クラシックスクリプトなので、CORSヘッダーがなくても別のサイトから読み込めます。',
  'Script tag': 'scriptタグ',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'ご自身で管理しているページ向けです。ウィジェットがページの一部になります。ページはウィジェットのホストからモジュールスクリプトを読み込むため、ホストはcdn/のファイルにAccess-Control-Allow-Originを付けて送信する必要があります（npm startと公開npm CDNは対応しています）。また、ウィジェットはそのページからサーバーに問い合わせるため、Matomoではcors_domainsにページのオリジンを登録する必要があります（Rocket.ChatではCORS設定で指定します）。背景を指定するとstyle属性が追加されます。Content-Security-Policyでインラインスタイルが禁止されているページでは、代わりにスタイルシートで--dw-backgroundを設定してください。',
  'Copy link': 'リンクをコピー',
  'Copy iframe': 'iframeをコピー',
  'Copy script tag': 'scriptタグをコピー',
  'Copied the link.': 'リンクをコピーしました。',
  'Copied the iframe.': 'iframeをコピーしました。',
  'Copied the script tag.': 'scriptタグをコピーしました。',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'リンクを選択しました。Ctrl+C（MacではCmd+C）を押してコピーしてください。',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'iframeを選択しました。Ctrl+C（MacではCmd+C）を押してコピーしてください。',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'scriptタグを選択しました。Ctrl+C（MacではCmd+C）を押してコピーしてください。',
  '{widget} (Matomo)': '{widget}（Matomo）',
  '{widget} (Matomo, site {site})': '{widget}（Matomo、サイト{site}）',
  '{widget} (Matomo, sites {sites})': '{widget}（Matomo、サイト{sites}）',
  '{widget} (Matomo, all sites)': '{widget}（Matomo、全サイト）',
  '{widget} (Rocket.Chat)': '{widget}（Rocket.Chat）',
  'Makes the iframe as tall as its widget (optional).': 'iframeの高さをウィジェットに合わせます（任意）。',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'ページ',
  'First': '最初',
  'Last': '最後',
  'Go to…': '移動…',
  'Previous': '前へ',
  'Page {page} of {pages}': '{pages}ページ中{page}ページ目',
  'Page {page}': '{page}ページ目',
  'Next': '次へ',
  'Rows per page': '1ページあたりの行数',
  'Clear dates': '日付をクリア',
  'No activities match these filters.': 'これらのフィルターに一致するアクティビティはありません。',
  'No activities match these filters among those searched.': '検索した範囲には、これらのフィルターに一致するアクティビティはありません。',
  'Clear filters': 'フィルターをクリア',
  'You have no recorded activities yet.': 'あなたのアクティビティはまだ記録されていません。',
  'No activities have been recorded yet.': 'アクティビティはまだ記録されていません。',
} satisfies Messages;
