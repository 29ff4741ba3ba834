import type { Messages } from '../types.js';

/**
 * Japanese (日本語). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with Japanese's one category (other). Polite です/ます, as
 * Matomo and Rocket.Chat speak Japanese; labels and buttons as plain nouns or verbs (「閉じる」).
 * Typography: full-width 。、：（） and 「」 for quoted words; no space between Japanese and
 * Latin words, numbers or placeholders. Terms: サイト, トークン (アクセストークン), スーパーユーザー,
 * 二要素認証, ウィジェット, 共有／埋め込み, 共有相手 for the recipient, 閲覧者 for the viewer.
 * Names of parts (core.part.*: `{part}`) are plain nouns: "{part}を読み込んでいます…" reads
 * "共有／埋め込みパネルを読み込んでいます…". `{server}` (an origin, or api.unknownAddress) stands
 * in parentheses after サーバー.
 */
export default {
  'core.error.title': 'データを読み込めませんでした',
  'core.error.unknown': 'データの読み込み中に問題が発生しました。',
  'core.error.authHint': 'このウィジェットに指定したトークンを確認してください。',
  'core.error.permissionHint': '管理者にアクセス権を依頼するか、アクセス権のあるトークンを使用してください。',
  'core.retry': '再試行',
  'core.tryAgain': 'もう一度試す',
  'core.part.loading': '{part}を読み込んでいます…',
  'core.part.failed': '{part}を読み込めませんでした。',
  'core.part.missing':
    'コードが届きませんでした。ネットワーク接続を確認してください（セルフホストのコピーでは、バンドルと同じ場所でchunksフォルダーを配信する必要があります）。',
  'core.part.error': 'このウィジェットの一部を読み込めませんでした。{reason}',

  'api.noAddress': 'サーバーのアドレスが設定されていません。api-base属性（または<dashboard-config>）を設定してください。',
  'api.unknownAddress': '設定されたアドレス',
  'api.redirect': 'サーバー（{server}）が別のアドレスから応答しました（リダイレクトには従いません）。api-baseを確認してください。',
  'api.network':
    'サーバー（{server}）に接続できませんでした。ネットワーク接続とサーバーのアドレスを確認してください。サーバーが稼働している場合は、このページからのリクエストが許可されていない可能性があります（CORS）。',
  'api.timeout': {
    other: 'サーバーから{count}秒以内に応答がありませんでした。',
  },
  'api.auth': 'サーバーがアクセストークンを受け付けませんでした。トークンが指定されていないか、無効か、有効期限が切れています。',
  'api.permission': 'このアカウントには、この操作を行う権限がありません。',
  'api.failed': 'サーバーでエラーが発生しました（HTTP {status}）。しばらくしてからもう一度お試しください。',
  'api.failedStatus': 'サーバーでエラーが発生しました（HTTP {status}）。',
  'api.empty': 'サーバーから空の応答が返されました（HTTP {status}）。',
  'api.webPage': 'サーバーからデータではなくWebページが返されました（HTTP {status}）。サーバーのアドレスを確認してください。',
  'api.notJson': 'サーバーの応答が有効なJSONではありません（HTTP {status}）。途中で切れている可能性があります。',
  'api.tooLarge': 'サーバーの応答が大きすぎるため（{size}MB以上。上限は{limit}MB）、読み込みませんでした。',

  'api.matomo.noMessage': 'サーバーがメッセージのないエラーを返しました。',
  'api.matomo.tokenRefused': 'サーバーがアクセストークンを受け付けませんでした。（{detail}）',
  'api.matomo.needsToken': '{detail} トークンが指定されていません。このデータにはトークンが必要です。',
  'api.matomo.errorStatus': 'サーバーがエラーを返しました（HTTP {status}）。',
  'api.matomo.bulk': 'サーバーが一括リクエスト（呼び出し{asked}件）に対して{count}件の結果を返しました。',
  'api.matomo.bulkNoList': 'サーバーが一括リクエスト（呼び出し{asked}件）に対して結果のリストを返しませんでした。',
  'api.matomo.unexpected': 'サーバーから、{expected}ではなく{found}が返されました。',
  'api.matomo.found.empty': '空の値',
  'api.matomo.found.list': 'リスト',
  'api.matomo.found.longText': '長いテキスト',
  'api.matomo.found.text': 'テキスト「{text}」',
  'api.matomo.found.object': 'オブジェクト',
  'api.matomo.found.value': '{type}型の値（{value}）',
  'api.matomo.expected.activities': 'アクティビティのリスト',
  'api.matomo.expected.activityCount': 'アクティビティの件数（数値）',
  'api.matomo.expected.logins': 'ログイン名のリスト',
  'api.matomo.expected.superUser': 'スーパーユーザーかどうか（はい／いいえ）',
  'api.matomo.expected.sites': 'サイトのリスト',
  'api.matomo.expected.siteVisits': 'サイトごとの訪問数',
  'api.matomo.expected.periodVisits': '期間ごとの訪問数',
  'api.matomo.expected.segments': 'セグメントのリスト',
  'api.matomo.noSite': 'サイトが設定されていません。site-id属性を設定してください（IDを1つ、またはカンマ区切りのリスト）。',
  'api.matomo.badDate':
    'グラフで読み込めるのは、lastN、previousN、またはYYYY-MM-DD,YYYY-MM-DDの範囲にわたる日・週・月・年単位の期間です。「{date}」（{period}単位）は読み込めません。',
  'api.matomo.noSiteVisits': 'サーバーの応答に、サイト{id}の訪問数がありません。',
  'api.matomo.noMetrics': 'サーバーから期間{period}の指標が返されませんでした。',
  'api.matomo.site': 'サイト{id}',

  'api.signIn.refused':
    'サーバー（{server}）がアクセストークンを拒否しました。トークンを確認するか、Matomoで作り直してください（個人用 › セキュリティ › 認証トークン）。拒否されるたびにログインの失敗として数えられ、20回ほどに達すると、Matomoはこのネットワークをしばらくブロックします。',
  'api.signIn.lockout':
    'このネットワークからのログインの失敗が多すぎるため、サーバー（{server}）は現在このネットワークからのリクエストを拒否しています。しばらくしてから（30分ほど後に）もう一度お試しいただくか、サーバーの管理者にこのアドレスのブロック解除を依頼してください。',
  'api.signIn.unreachable':
    'サーバー（{server}）に接続できないか、サーバーがこのページに応答しません。アドレスとネットワークを確認し、Matomoのcors_domainsに{page}が含まれていることを確認してください（ログインの失敗が多すぎてネットワークがブロックされている場合も同じように見えます。その場合は、しばらくしてからもう一度お試しください）。',
  'api.signIn.notFound': 'このアドレスにはMatomo APIがありません（HTTP 404）。api-baseを確認してください。Matomoのルートを指定する必要があります。',

  'api.rocketchat.refused': 'サーバーがユーザーIDとトークンを受け付けませんでした。',
  'api.rocketchat.refusedDetail': 'サーバーがユーザーIDとトークンを受け付けませんでした（{detail}）。',
  'api.rocketchat.notAllowed': 'このアカウントには、この操作が許可されていません。',
  'api.rocketchat.notAllowedDetail': 'このアカウントには、この操作が許可されていません（{detail}）。',
  'api.rocketchat.notFound': 'このアドレスにはRocket.Chat APIがありません（HTTP 404）。api-baseを確認してください。サーバーのルートを指定する必要があります。',
  'api.rocketchat.notObject': 'サーバーの応答がオブジェクトではありません（HTTP {status}）。',
  'api.rocketchat.noSettings': 'サーバーから設定のリストが返されませんでした。',
  'api.rocketchat.noPublicSettings': 'サーバーから公開設定のリストが返されませんでした。',
  'api.rocketchat.nonePublic': 'サーバーは、これらの設定をいずれも公開していません。',
  'api.rocketchat.noValue': '設定{id}に対するサーバーの応答に値がありません。',
  'api.rocketchat.noPermissions': 'サーバーから権限のリストが返されませんでした。',
  'api.rocketchat.access.none': 'このアカウントのロール（{roles}）には、edit-privileged-settingとmanage-selected-settingsのどちらの権限もありません。',
  'api.rocketchat.access.noRoles': 'なし',
  'api.rocketchat.access.noneSelected': 'このアカウントが変更できるのは一部の設定のみで（manage-selected-settings）、ここにある設定は含まれていません。',
  'api.rocketchat.access.some': 'このアカウントが変更できるのは一部の設定のみです（manage-selected-settings）。その他の設定は読み取り専用です。',

  'api.save.notResult': '{method}の呼び出しに対するサーバーの応答が、その呼び出しの結果になっていません。',
  'api.save.notAllowed': 'このアカウントでは、これらの設定を変更できません。',
  'api.save.notAllowedDetail': 'このアカウントでは、これらの設定を変更できません（{detail}）。',
  'api.save.slowDown': 'サーバーからリクエストの間隔を空けるよう求められました。数秒後にもう一度お試しください。',
  'api.save.refusedValue': 'サーバーが値を拒否しました。',
  'api.save.refusedValueDetail': 'サーバーが値を拒否しました（{detail}）。',
  'api.save.noMethod': 'このサーバーには{method}メソッドがありません。',
  'api.save.noMethodDetail': 'このサーバーには{method}メソッドがありません（{detail}）。',
  'api.save.refusedCall': 'サーバーが{method}の呼び出しを拒否しました。',

  'api.twoFactor.required': 'これらの設定を保存するには、二要素認証による確認が必要です。',
  'api.twoFactor.invalid': 'その二要素認証コードは受け付けられませんでした。もう一度お試しください。',
  'api.twoFactor.maxAttempts': '誤った二要素認証コードが多すぎるため、サーバーはこのコードを受け付けなくなりました。',

  'embed.share': '共有／埋め込み',
  'embed.sharePart': '共有／埋め込みパネル',
  'embed.close': '閉じる',
  'embed.title.activityLog': 'アクティビティログ',
  'embed.title.visitsChart': '訪問数グラフ',
  'embed.title.analyticsSettings': 'アナリティクス設定',
  'embed.title.other': 'ダッシュボードウィジェット',

  'embed.page.notFound': 'ウィジェットが見つかりません',
  'embed.page.nothing': '表示するウィジェットがありません。',
  'embed.page.noWidget': 'このページには、アドレスで指定したウィジェットが1つ表示されます（例：#widget={example}）。ウィジェット：{widgets}',
  'embed.page.unknown': '「{name}」という名前のウィジェットはありません。ウィジェット：{widgets}',
  'embed.page.noCode': 'ウィジェット（{widget}）のコードを読み込めませんでした。ウィジェットのバンドルがこのページと同じ場所にあることを確認してください。',

  'embed.share.cannot': 'この要素は共有できません。共有できるのはactivity-log、visits-chart、analytics-settingsのみです。',
  'embed.share.before': '共有する前に',
  'embed.share.warn.matomoToken':
    '共有したリンクやスニペットを持っている人は誰でも、そこに含まれるトークンを使用できます。閲覧専用のトークン、つまりこれらのサイトに「閲覧」アクセス権のみを持つMatomoユーザーのトークンを使用してください。スーパーユーザーや管理者のトークンは決して使用しないでください。',
  'embed.share.warn.chatToken':
    '共有したリンクやスニペットを持っている人は誰でも、そこに含まれるトークンを使用できます。管理者権限を持たないRocket.Chatユーザーのパーソナルアクセストークンを使用してください。管理者のトークンは決して使用しないでください。',
  'embed.share.warn.matomoNoToken': 'トークンは含まれていません。ウィジェットには、匿名ユーザーが閲覧できる内容が表示されます。',
  'embed.share.warn.chatNoToken': 'トークンは含まれていません。Rocket.Chatが閲覧者にログインを求め、ウィジェットにはその旨が表示されます。',
  'embed.share.warn.editable': 'このコピーでは設定を変更できます。共有相手が編集する必要がない限り、読み取り専用で埋め込んでください。',
  'embed.share.warn.plainHttp': 'サーバーのアドレスが暗号化されないhttpを使用しています。トークンが暗号化されずにネットワーク上を流れます。',
  'embed.share.warn.userId': 'Rocket.Chatのトークンは、そのユーザーのIDと組み合わせた場合にのみ機能します。トークンに対応するユーザーIDを入力してください。',
  'embed.share.warn.fixedDay':
    'このグラフは、固定された日付（today="{today}"）から期間をさかのぼって数えています。共有したコピーには、その日付を基準にした期間が表示され続けます。',
  'embed.share.activityLogScope':
    'スーパーユーザー以外のトークンでは、そのユーザー自身のアクティビティのみが表示されます。閲覧専用のトークンでは、共有相手に表示されるのは全員のアクティビティではなく、そのユーザーのアクティビティです。下のプレビューには、共有相手に表示される内容がそのまま表示されます。',
  'embed.share.token': '共有コピー用のトークン',
  'embed.share.matomoTokenHint':
    '閲覧専用のMatomoトークン（「閲覧」アクセス権を持つユーザーの［個人用 > セキュリティ > 認証トークン］で作成）。匿名アクセスにする場合は空欄のままにしてください。',
  'embed.share.chatTokenHint': '管理者権限を持たないRocket.Chatユーザーのパーソナルアクセストークン。',
  'embed.share.userId': 'このトークンのユーザーID',
  'embed.share.userIdHint': 'このトークンを所有するユーザーのID（Rocket.Chatは両方を送信します）。あなた自身のIDが共有されることはありません。',
  'embed.share.readOnly': '読み取り専用で共有する（コピーからは何も変更できません）',
  'embed.share.look': '共有コピーの表示',
  'embed.share.theme': 'テーマ',
  'embed.share.theme.same': 'このウィジェットと同じ',
  'embed.share.theme.light': 'ライト',
  'embed.share.theme.dark': 'ダーク',
  'embed.share.theme.auto': '閲覧者のシステム設定に従う',
  'embed.share.background': '背景',
  'embed.share.background.same': 'ウィジェットの背景',
  'embed.share.background.transparent': '透明',
  'embed.share.background.colour': '色を指定…',
  'embed.share.colour': '背景色',
  'embed.share.language': '言語',
  'embed.share.languagePlaceholder': '例：ja、fr-CH',
  'embed.share.languageHint':
    'すべての文字列、日付、数値をこの言語で表示します（BCP 47の言語タグ）。空欄の場合はウィジェットの言語、それもなければ閲覧者のブラウザーの言語になります。',
  'embed.share.compact': 'コンパクト：見出し、ボタン、操作部品を除き、データのみを表示',
  'embed.share.controls': '共有相手が使用できる操作',
  'embed.share.control.period': '期間',
  'embed.share.control.range': '日付範囲',
  'embed.share.control.metric': '指標',
  'embed.share.control.compare': '比較',
  'embed.share.control.view': 'テーブル表示',
  'embed.share.control.export': 'ダウンロード',
  'embed.share.control.share': '共有／埋め込み',
  'embed.share.hosting': 'ウィジェットのファイルの配置場所',
  'embed.share.hostingAddress': 'embed.htmlとcdn/を含むフォルダーのアドレス',
  'embed.share.notDetected':
    'このページからは、ウィジェットのファイルのアドレスを特定できませんでした（ウィジェットが独自のバンドルから読み込まれています）。embed.htmlとcdn/が配信されているアドレスを入力するか、<meta name="dashboard-widgets-base" content="…">でページに指定してください。',
  'embed.share.check': 'トークンを確認してプレビュー',
  'embed.share.preview': '共有相手に表示される内容をプレビュー',
  'embed.share.previewHint':
    '入力中は何も送信されません。Matomoのトークンは、まずトークンなしのリクエストでサーバーが応答することを確かめたうえで、1回のリクエストで確認します。Matomoは拒否されたトークンをすべてログインの失敗として数えるためです。',
  'embed.share.checking': 'トークンを確認しています…',
  'embed.share.superUser': 'スーパーユーザーのトークンです。',
  'embed.share.verdict.superUser':
    'このトークンはスーパーユーザーのものです。共有コピーを持つ人は誰でも、このMatomoのすべてを閲覧・変更できてしまいます。閲覧アクセス権のみを持つユーザーのトークンを作成してください。',
  'embed.share.verdict.limited': 'トークンは受け付けられました。スーパーユーザーのトークンではありません。',
  'embed.share.verdict.refused':
    'Matomoがこのトークンを拒否しました（または、ログインの失敗が多すぎるため、このアドレスをブロックしています）。トークンは1回だけ試し、再試行はしません。トークンを確認してから、もう一度ボタンを押してください。',
  'embed.share.verdict.unreachable':
    'Matomoサーバーが応答しなかったため、トークンは送信していません。サーバーのアドレスとCORS設定（cors_domains）を確認してください。',
  'embed.share.stalePreview': 'プレビューの後でトークンが変更されました。新しいトークンで表示するには、もう一度ボタンを押してください。',
  'embed.share.previewTitle': 'プレビュー：共有相手に表示される{widget}',
  'embed.share.link': 'リンク',
  'embed.share.linkHint': 'ウィジェットを単独のページで開きます。設定は#の後ろに含まれ、この部分がサーバーに送信されることはありません。',
  'embed.share.iframe': 'iframe',
  'embed.share.iframeHint':
    'iframeを使用できるあらゆるページやCMSで使えます。スクリプトの行がフレームの高さをウィジェットに合わせます。クラシックスクリプトなので、CORSヘッダーがなくても別のサイトから読み込めます。',
  'embed.share.script': 'scriptタグ',
  'embed.share.scriptHint':
    'ご自身で管理しているページ向けです。ウィジェットがページの一部になります。ページはウィジェットのホストからモジュールスクリプトを読み込むため、ホストはcdn/のファイルにAccess-Control-Allow-Originを付けて送信する必要があります（npm startと公開npm CDNは対応しています）。また、ウィジェットはそのページからサーバーに問い合わせるため、Matomoではcors_domainsにページのオリジンを登録する必要があります（Rocket.ChatではCORS設定で指定します）。背景を指定するとstyle属性が追加されます。Content-Security-Policyでインラインスタイルが禁止されているページでは、代わりにスタイルシートで--dw-backgroundを設定してください。',
  'embed.share.copy.link': 'リンクをコピー',
  'embed.share.copy.iframe': 'iframeをコピー',
  'embed.share.copy.script': 'scriptタグをコピー',
  'embed.share.copied.link': 'リンクをコピーしました。',
  'embed.share.copied.iframe': 'iframeをコピーしました。',
  'embed.share.copied.script': 'scriptタグをコピーしました。',
  'embed.share.select.link': 'リンクを選択しました。Ctrl+C（MacではCmd+C）を押してコピーしてください。',
  'embed.share.select.iframe': 'iframeを選択しました。Ctrl+C（MacではCmd+C）を押してコピーしてください。',
  'embed.share.select.script': 'scriptタグを選択しました。Ctrl+C（MacではCmd+C）を押してコピーしてください。',
  'embed.share.frameTitle.matomo': '{widget}（Matomo）',
  'embed.share.frameTitle.matomoSite': '{widget}（Matomo、サイト{site}）',
  'embed.share.frameTitle.matomoSites': '{widget}（Matomo、サイト{sites}）',
  'embed.share.frameTitle.matomoAllSites': '{widget}（Matomo、全サイト）',
  'embed.share.frameTitle.chat': '{widget}（Rocket.Chat）',
  'embed.share.frameComment': 'iframeの高さをウィジェットに合わせます（任意）。',
} satisfies Messages;
