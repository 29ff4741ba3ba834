import type { Messages } from '../types.js';
import activityLog from './ar/activity-log.js';
import visitsChart from './ar/visits-chart.js';
import analyticsSettings from './ar/analytics-settings.js';
import activityLogParts from './ar/activity-log-parts.js';
import activityLogReport from './ar/activity-log-report.js';
import activityLogSignins from './ar/activity-log-signins.js';
import activityLogHistory from './ar/activity-log-history.js';
import activityLogFilters from './ar/activity-log-filters.js';
import visitsChartParts from './ar/visits-chart-parts.js';

/**
 * Arabic (العربية), Modern Standard Arabic. Every message of the catalogue
 * (src/i18n/messages.generated.ts), keyed by its English, with the same placeholders; plural
 * messages with Arabic's six categories (zero, one, two, few, many, other): one and two say the
 * number in the noun's own form ("ثانية واحدة", "ثانيتين"), few takes the plural ("3 ثوانٍ"), many
 * and other the singular ("11 ثانية", "100 ثانية").
 * The reader is addressed in the imperative (تحقق، حاول، اضغط), as Arabic product UIs do; buttons
 * and labels are verbal nouns (إعادة المحاولة، نسخ الرابط، إغلاق). Few diacritics: the accusative
 * tanween (ًا) and where a word would otherwise be misread.
 * Typography: the Arabic comma ، semicolon ؛ and question mark ؟, «» for quoted words; product
 * names, addresses, attribute names and code stay in Latin script. Code that begins or ends with a
 * neutral character (`cdn/`, `--dw-background`, `<meta …>`, `#widget=…`) is isolated left to right
 * (\u2066…\u2069), or the right-to-left text would move that character to its other end.
 * Terms: الموقع (site), رمز الوصول (token; رمز الوصول الشخصي for Rocket.Chat's personal access
 * token), مستخدم خارق (super user), المصادقة الثنائية (two-factor authentication), الأداة (widget),
 * مشاركة / تضمين, المستلم (recipient), المشاهد (viewer).
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are definite nouns,
 * second term of an idafa: "جارٍ تحميل {part}…" reads "جارٍ تحميل لوحة المشاركة / التضمين…".
 * `{server}` follows "الخادم على" (an origin, or "the configured address": "الخادم على العنوان
 * المحدد").
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
  'Could not load the data': 'تعذر تحميل البيانات',
  'Something went wrong while loading the data.': 'حدث خطأ أثناء تحميل البيانات.',
  'Check the token given to this widget.': 'تحقق من رمز الوصول المعطى لهذه الأداة.',
  'Ask an administrator for access, or use a token that has it.': 'اطلب صلاحية الوصول من أحد المسؤولين، أو استخدم رمز وصول يملك هذه الصلاحية.',
  'Retry': 'إعادة المحاولة',
  'Try again': 'حاول مرة أخرى',
  'Loading {part}…': 'جارٍ تحميل {part}…',
  'Could not load {part}.': 'تعذر تحميل {part}.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).': 'لم تصل الشيفرة البرمجية لهذا الجزء: تحقق من الاتصال بالشبكة (يجب أن توفّر النسخة المستضافة ذاتيًا المجلد chunks بجانب الحزمة).',
  'A part of this widget could not be loaded. {reason}': 'تعذر تحميل جزء من هذه الأداة. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'لم يُضبط عنوان للخادم: اضبط السمة api-base (أو استخدم \u2066<dashboard-config>\u2069).',
  'the configured address': 'العنوان المحدد',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'أجاب الخادم على {server} من عنوان آخر (إعادة توجيه، ولا تُتَّبع إعادات التوجيه)؛ تحقق من api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'تعذر الوصول إلى الخادم على {server}. تحقق من الاتصال بالشبكة ومن عنوان الخادم؛ وإن كان الخادم يعمل، فربما لا يسمح بالطلبات الواردة من هذه الصفحة (CORS).',
  'The server did not answer within {count} seconds.': {
    zero: 'لم يستجب الخادم خلال {count} ثانية.',
    one: 'لم يستجب الخادم خلال ثانية واحدة.',
    two: 'لم يستجب الخادم خلال ثانيتين.',
    few: 'لم يستجب الخادم خلال {count} ثوانٍ.',
    many: 'لم يستجب الخادم خلال {count} ثانية.',
    other: 'لم يستجب الخادم خلال {count} ثانية.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'لم يقبل الخادم رمز الوصول: فهو مفقود أو غير صالح أو منتهي الصلاحية.',
  'This account does not have permission for this.': 'لا يملك هذا الحساب صلاحية القيام بذلك.',
  'The server failed (HTTP {status}). Try again later.': 'حدث خطأ في الخادم (HTTP {status}). حاول مرة أخرى لاحقًا.',
  'The server failed (HTTP {status}).': 'حدث خطأ في الخادم (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'أرسل الخادم ردًا فارغًا (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'أرسل الخادم صفحة ويب بدلًا من البيانات (HTTP {status}). تحقق من عنوان الخادم.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'رد الخادم ليس JSON صالحًا (HTTP {status})؛ ربما وصل مبتورًا.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'رد الخادم كبير جدًا ({size} ميغابايت أو أكثر، والحد الأقصى {limit} ميغابايت)؛ لذا لم تتم قراءته.',

  'The server reported an error without a message.': 'أبلغ الخادم عن خطأ دون أي رسالة.',
  'The server did not accept the access token. ({detail})': 'لم يقبل الخادم رمز الوصول. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} لم يُقدَّم أي رمز وصول: هذه البيانات تتطلب رمزًا.',
  'The server answered with an error (HTTP {status}).': 'أجاب الخادم بخطأ (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'أجاب الخادم عن طلب مجمّع بعدد نتائج لا يطابق عدد الاستدعاءات (الاستدعاءات: {asked}، النتائج: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'أجاب الخادم عن طلب مجمّع دون قائمة بالنتائج (الاستدعاءات: {asked}).',
  'The server sent {found} where {expected} was expected.': 'أرسل الخادم {found} حيث يُتوقَّع {expected}.',
  'an empty value': 'قيمة فارغة',
  'a list': 'قائمة',
  'a long text': 'نصًا طويلًا',
  'the text "{text}"': 'النص «{text}»',
  'an object': 'كائنًا',
  '{type} {value}': 'القيمة {value} من النوع {type}',
  'a list of activities': 'قائمة بالأنشطة',
  'the number of activities (a number)': 'عدد الأنشطة (رقم)',
  'a list of logins': 'قائمة بأسماء المستخدمين',
  'whether this is a super user (yes or no)': 'بيان ما إذا كان هذا مستخدمًا خارقًا (نعم أو لا)',
  'a list of sites': 'قائمة بالمواقع',
  'visits per site': 'الزيارات لكل موقع',
  'visits per period': 'الزيارات لكل فترة',
  'a list of segments': 'قائمة بالشرائح',
  'a list of websites': 'قائمة بالمواقع الإلكترونية',
  'The server sent {found} where the annotations of each site were expected.': 'أرسل الخادم {found} حيث يُتوقَّع التعليقات التوضيحية لكل موقع.',
  'The server sent {found} where the annotations of site {site} were expected.': 'أرسل الخادم {found} حيث يُتوقَّع التعليقات التوضيحية للموقع {site}.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'لم يُضبط أي موقع: اضبط السمة site-id (معرّف واحد أو قائمة مفصولة بفواصل أو «all»).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'لا تستطيع الأداة قراءة التاريخ «{date}»: استخدم lastN أو previousN أو YYYY-MM-DD أو YYYY-MM-DD,YYYY-MM-DD أو نطاقًا مسمّى مثل this-month.',
  "The server's answer has no visits for site {id}.": 'لا يتضمن رد الخادم أي زيارات للموقع {id}.',
  'The server sent no metrics for the period {period}.': 'لم يرسل الخادم أي مقاييس للفترة {period}.',
  'Site {id}': 'الموقع {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'رفض الخادم على {server} رمز الوصول: تحقق منه، أو جدّده في Matomo (شخصي › الأمان › رموز المصادقة). يُحتسب كل رفض محاولةَ تسجيل دخول فاشلة؛ وبعد نحو 20 محاولة، يحظر Matomo هذه الشبكة لبعض الوقت.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'محاولات تسجيل دخول فاشلة كثيرة جدًا من هذه الشبكة: يرفض الخادم على {server} طلباتها في الوقت الحالي. حاول مرة أخرى لاحقًا (بعد نحو 30 دقيقة)، أو اطلب من مسؤول الخادم رفع الحظر عن هذا العنوان.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'تعذر الوصول إلى الخادم على {server}، أو أنه لا يستجيب لهذه الصفحة: تحقق من العنوان والشبكة، ومن أن الإعداد cors_domains في Matomo يتضمن {page}. (والشبكة المحظورة بعد محاولات تسجيل دخول فاشلة كثيرة تبدو بالشكل نفسه: حاول مرة أخرى لاحقًا.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'لا توجد واجهة Matomo API على هذا العنوان (HTTP 404). تحقق من api-base: يجب أن يشير إلى جذر Matomo.',

  'The server did not accept the user id and token.': 'لم يقبل الخادم معرّف المستخدم ورمز الوصول.',
  'The server did not accept the user id and token ({detail}).': 'لم يقبل الخادم معرّف المستخدم ورمز الوصول ({detail}).',
  'This account may not do this.': 'لا يُسمح لهذا الحساب بالقيام بذلك.',
  'This account may not do this ({detail}).': 'لا يُسمح لهذا الحساب بالقيام بذلك ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'لا توجد واجهة Rocket.Chat API على هذا العنوان (HTTP 404). تحقق من api-base: يجب أن يشير إلى جذر الخادم.',
  "The server's answer is not an object (HTTP {status}).": 'رد الخادم ليس كائنًا (HTTP {status}).',
  'The server sent no list of settings.': 'لم يرسل الخادم قائمة بالإعدادات.',
  'The server sent no list of public settings.': 'لم يرسل الخادم قائمة بالإعدادات العامة.',
  'The server listed none of these settings publicly.': 'لا يتيح الخادم أيًا من هذه الإعدادات للعموم.',
  "The server's answer for setting {id} has no value.": 'لا يتضمن رد الخادم قيمةً للإعداد {id}.',
  'The server sent no list of permissions.': 'لم يرسل الخادم قائمة بالصلاحيات.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'لا يملك أي دور من أدوار هذا الحساب ({roles}) الصلاحية edit-privileged-setting أو manage-selected-settings.',
  'none': 'لا شيء',
  'This account may change only some settings (manage-selected-settings), none of these.': 'يمكن لهذا الحساب تغيير بعض الإعدادات فقط (manage-selected-settings)، وليس من بينها أي من هذه الإعدادات.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'يمكن لهذا الحساب تغيير بعض الإعدادات فقط (manage-selected-settings)؛ أما البقية فللقراءة فقط.',

  "The server's answer to the {method} call is not a result of it.": 'رد الخادم على الاستدعاء {method} ليس نتيجةً لهذا الاستدعاء.',
  'This account may not change these settings.': 'لا يُسمح لهذا الحساب بتغيير هذه الإعدادات.',
  'This account may not change these settings ({detail}).': 'لا يُسمح لهذا الحساب بتغيير هذه الإعدادات ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'يطلب الخادم الإبطاء: حاول مرة أخرى بعد بضع ثوانٍ.',
  'The server refused a value.': 'رفض الخادم إحدى القيم.',
  'The server refused a value ({detail}).': 'رفض الخادم إحدى القيم ({detail}).',
  'This server has no {method} method.': 'لا توجد على هذا الخادم الدالة {method}.',
  'This server has no {method} method ({detail}).': 'لا توجد على هذا الخادم الدالة {method} ({detail}).',
  'The server refused the {method} call.': 'رفض الخادم استدعاء الدالة {method}.',

  'The server asks for two-factor confirmation to save these settings.': 'يطلب الخادم تأكيدًا بالمصادقة الثنائية لحفظ هذه الإعدادات.',
  'That two-factor code was not accepted. Try again.': 'لم يُقبل رمز المصادقة الثنائية هذا. حاول مرة أخرى.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'رموز مصادقة ثنائية خاطئة كثيرة جدًا: لم يعد الخادم يقبل هذا الرمز.',

  'Share / embed': 'مشاركة / تضمين',
  'the Share / embed panel': 'لوحة المشاركة / التضمين',
  'Close': 'إغلاق',
  'Activity log': 'سجل النشاط',
  'Visits chart': 'مخطط الزيارات',
  'Analytics settings': 'إعدادات التحليلات',
  'Dashboard widget': 'أداة لوحة المعلومات',

  'Widget not found': 'الأداة غير موجودة',
  'No widget to show.': 'لا توجد أداة لعرضها.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'تعرض هذه الصفحة أداة واحدة يُذكر اسمها في عنوانها، مثل \u2066#widget={example}\u2069. الأدوات: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'لا توجد هنا أداة باسم «{name}» لعرضها. الأدوات: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'لم تُحمَّل الشيفرة البرمجية للأداة ({widget}). تحقق من أن حزم الأدوات موجودة بجانب هذه الصفحة.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'لا يمكن مشاركة هذا العنصر: لا يمكن مشاركة سوى activity-log و visits-chart و analytics-settings.',
  'Before you share': 'قبل المشاركة',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'يستطيع أي شخص لديه رابط أو مقتطف شيفرة مُشارَك أن يستخدم رمز الوصول الموجود فيه. استخدم رمزًا للعرض فقط: رمز مستخدم Matomo لا يملك على هذه المواقع سوى صلاحية «المشاهدة»، ولا تستخدم أبدًا رمز مستخدم خارق أو مسؤول.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'يستطيع أي شخص لديه رابط أو مقتطف شيفرة مُشارَك أن يستخدم رمز الوصول الموجود فيه. استخدم رمز الوصول الشخصي لمستخدم Rocket.Chat لا يملك صلاحيات إدارية، ولا تستخدم أبدًا رمز أحد المسؤولين.',
  'No token is included: the widget will show what the anonymous user may view.': 'لم يُضمَّن أي رمز وصول: ستعرض الأداة ما يُسمح للمستخدم المجهول بمشاهدته.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'لم يُضمَّن أي رمز وصول: سيطلب Rocket.Chat من المشاهد تسجيل الدخول، وستبيّن الأداة ذلك.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.': 'يمكن تغيير الإعدادات عبر هذه النسخة. ضمّنها للقراءة فقط، ما لم يكن من تشاركها معهم بحاجة إلى التعديل.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'يستخدم عنوان الخادم بروتوكول http غير المشفّر: سيعبر رمز الوصول الشبكة دون تشفير.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'لا يعمل رمز Rocket.Chat إلا مع معرّف المستخدم صاحبه: أدخل معرّف المستخدم المرتبط بهذا الرمز.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.': 'يحسب المخطط نطاقاته رجوعًا من يوم ثابت (\u2066today="{today}"\u2069): ستظل النسخة المشارَكة تعرض نطاقات ذلك اليوم.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'الرمز الذي لا يخص مستخدمًا خارقًا لا يعرض إلا أنشطة صاحبه: فمع رمز للعرض فقط، يرى المستلم أنشطة ذلك المستخدم، لا أنشطة الجميع. تعرض المعاينة أدناه بالضبط ما سيراه المستلم.',
  'Token for the shared copy': 'رمز الوصول للنسخة المشارَكة',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.': 'رمز Matomo للعرض فقط (من شخصي > الأمان > رموز المصادقة لدى مستخدم يملك صلاحية المشاهدة). اتركه فارغًا للوصول بصفة المستخدم المجهول.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'رمز الوصول الشخصي لمستخدم Rocket.Chat لا يملك صلاحيات إدارية.',
  'User id of that token': 'معرّف المستخدم صاحب هذا الرمز',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'معرّف المستخدم الذي يعود إليه هذا الرمز (يرسل Rocket.Chat الاثنين معًا). لا يُشارَك معرّفك أنت أبدًا.',
  'Share read-only (nothing can be changed through the copy)': 'المشاركة للقراءة فقط (لا يمكن تغيير أي شيء عبر النسخة)',
  'How the shared copy looks': 'مظهر النسخة المشارَكة',
  'Theme': 'السمة',
  'As the widget here': 'كما في الأداة هنا',
  'Light': 'فاتحة',
  'Dark': 'داكنة',
  "Follow the viewer's system": 'حسب نظام المشاهد',
  'Background': 'الخلفية',
  "The widget's": 'خلفية الأداة',
  'Transparent': 'شفافة',
  'A colour…': 'لون مخصص…',
  'Background colour': 'لون الخلفية',
  'Language': 'اللغة',
  'e.g. de, fr-CH': 'مثل ar، fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.": 'كل الكلمات والتواريخ والأرقام بهذه اللغة (وسم لغة BCP 47). إن تُرك فارغًا: لغة الأداة، وإلا فلغة متصفح المشاهد.',
  'Compact: the data alone, without the heading, buttons and controls': 'مضغوط: البيانات وحدها، دون العنوان والأزرار وعناصر التحكم',
  'Controls the recipient may use': 'عناصر التحكم المتاحة للمستلم',
  'Period': 'الفترة',
  'Range': 'النطاق الزمني',
  'Metric': 'المقياس',
  'Comparison': 'المقارنة',
  'Annotations': 'التعليقات التوضيحية',
  'Table view': 'عرض الجدول',
  'Downloads': 'التنزيلات',
  'Where the widget files are hosted': 'مكان استضافة ملفات الأداة',
  'Address of the folder holding embed.html and cdn/': 'عنوان المجلد الذي يحتوي على embed.html و \u2066cdn/\u2069',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'تعذر العثور على عنوان ملفات الأداة من هذه الصفحة (فالأدوات مأخوذة من حزمة خاصة بك). أدخل العنوان الذي يُقدَّم منه embed.html و \u2066cdn/\u2069، أو أعطه للصفحة عبر \u2066<meta name="dashboard-widgets-base" content="…">\u2069.',
  'Check the token and preview': 'التحقق من الرمز والمعاينة',
  'Preview what the recipient sees': 'معاينة ما يراه المستلم',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'لا يُرسَل أي شيء أثناء الكتابة. يُتحقَّق من رمز Matomo بطلب واحد، بعد أن يُثبت طلب دون الرمز أن الخادم يستجيب: إذ يحتسب Matomo كل رمز مرفوض محاولةَ تسجيل دخول فاشلة.',
  'Checking the token…': 'جارٍ التحقق من الرمز…',
  'Super user token.': 'رمز مستخدم خارق.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'هذا الرمز يخص مستخدمًا خارقًا: يستطيع كل من لديه النسخة المشارَكة قراءة كل شيء في Matomo هذا وتغييره. أنشئ رمزًا لمستخدم لا يملك سوى صلاحية المشاهدة.',
  "The token was accepted and is not a super user's.": 'قُبل الرمز، وهو لا يخص مستخدمًا خارقًا.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'رفض Matomo هذا الرمز (أو أنه يحظر هذا العنوان بعد محاولات تسجيل دخول فاشلة كثيرة جدًا). جُرِّب الرمز مرة واحدة ولن يُجرَّب مجددًا: تحقق منه، ثم اضغط الزر مرة أخرى.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).': 'لم يستجب خادم Matomo، لذا لم يُرسَل الرمز. تحقق من عنوان الخادم ومن إعدادات CORS فيه (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'تغيّر الرمز منذ المعاينة: اضغط الزر مرة أخرى لرؤية المعاينة بالرمز الجديد.',
  'Preview: {widget} as the recipient sees it': 'معاينة: {widget} من منظور المستلم',
  'Link': 'رابط',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'يفتح الأداة في صفحة مستقلة. تنتقل الإعدادات بعد العلامة #، التي لا تُرسَل أبدًا إلى أي خادم.',
  'Iframe': 'إطار iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'لأي صفحة أو نظام لإدارة المحتوى يقبل إطارات iframe. يجعل سطر السكربت ارتفاع الإطار مساويًا لارتفاع الأداة؛ وهو سكربت تقليدي، لذا يُحمَّل من موقع آخر دون الحاجة إلى أي ترويسة CORS.',
  'Script tag': 'وسم script',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'لصفحة تتحكم فيها: تصبح الأداة جزءًا من الصفحة. تحمّل الصفحة سكربت وحدة (module) من مضيف الأداة، لذا يجب أن يرسل ذلك المضيف الترويسة Access-Control-Allow-Origin لملفات \u2066cdn/\u2069 (وهذا ما يفعله npm start وشبكات CDN العامة لحزم npm)، وتتصل الأداة بخادمها من تلك الصفحة: لذا يجب أن يدرج Matomo أصل الصفحة في cors_domains (وRocket.Chat في إعدادات CORS الخاصة به). وتضيف الخلفية السمة style: في صفحة تمنع سياسة Content-Security-Policy فيها الأنماط المضمّنة، اضبط \u2066--dw-background\u2069 في ورقة أنماطها بدلًا من ذلك.',
  'Copy link': 'نسخ الرابط',
  'Copy iframe': 'نسخ إطار iframe',
  'Copy script tag': 'نسخ وسم script',
  'Copied the link.': 'نُسخ الرابط.',
  'Copied the iframe.': 'نُسخ إطار iframe.',
  'Copied the script tag.': 'نُسخ وسم script.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'الرابط محدد: اضغط Ctrl+C (أو Cmd+C على Mac) لنسخه.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'إطار iframe محدد: اضغط Ctrl+C (أو Cmd+C على Mac) لنسخه.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'وسم script محدد: اضغط Ctrl+C (أو Cmd+C على Mac) لنسخه.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (Matomo، الموقع {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (Matomo، المواقع {sites})',
  '{widget} (Matomo, all sites)': '{widget} (Matomo، كل المواقع)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'يجعل ارتفاع إطار iframe مساويًا لارتفاع الأداة التي فيه (اختياري).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'الصفحات',
  'First': 'الأولى',
  'Last': 'الأخيرة',
  'Go to…': 'انتقال إلى…',
  'Previous': 'السابق',
  'Page {page} of {pages}': 'الصفحة {page} من {pages}',
  'Page {page}': 'الصفحة {page}',
  'Next': 'التالي',
  'Rows per page': 'عدد الصفوف في الصفحة',
  'Clear dates': 'مسح التواريخ',
  'No activities match these filters.': 'لا توجد أنشطة تطابق عوامل التصفية هذه.',
  'No activities match these filters among those searched.': 'لا توجد بين الأنشطة التي جرى البحث فيها أنشطة تطابق عوامل التصفية هذه.',
  'Clear filters': 'مسح عوامل التصفية',
  'You have no recorded activities yet.': 'لا توجد أنشطة مسجلة لك بعد.',
  'No activities have been recorded yet.': 'لم تُسجَّل أي أنشطة بعد.',
} satisfies Messages;
