import type { Messages } from '../types.js';

/**
 * Arabic (العربية), Modern Standard Arabic. Every key of the English catalogue (src/i18n/en.ts),
 * with the same placeholders; plural messages with Arabic's six categories (zero, one, two, few,
 * many, other): one and two say the number in the noun's own form ("ثانية واحدة", "ثانيتين"),
 * few takes the plural ("3 ثوانٍ"), many and other the singular ("11 ثانية", "100 ثانية").
 * The reader is addressed in the imperative (تحقق، حاول، اضغط), as Arabic product UIs do; buttons
 * and labels are verbal nouns (إعادة المحاولة، نسخ الرابط، إغلاق). Few diacritics: the accusative
 * tanween (ًا) and where a word would otherwise be misread.
 * Typography: the Arabic comma ، semicolon ؛ and question mark ؟, «» for quoted words; product
 * names, addresses, attribute names and code stay in Latin script. Code that begins or ends with
 * a neutral character (`cdn/`, `--dw-background`, `<meta …>`, `#widget=…`) is isolated left to
 * right (\u2066…\u2069), or the right-to-left text would move that character to its other end.
 * Terms: الموقع (site), رمز الوصول (token; رمز الوصول الشخصي for Rocket.Chat's personal access
 * token), مستخدم خارق (super user), المصادقة الثنائية (two-factor authentication), الأداة (widget),
 * مشاركة / تضمين, المستلم (recipient), المشاهد (viewer).
 * Names of parts (core.part.*: `{part}`) are definite nouns, second term of an idafa:
 * "جارٍ تحميل {part}…" reads "جارٍ تحميل لوحة المشاركة / التضمين…". `{server}` follows
 * "الخادم على" (an origin, or api.unknownAddress: "الخادم على العنوان المحدد").
 */
export default {
  'core.error.title': 'تعذر تحميل البيانات',
  'core.error.unknown': 'حدث خطأ أثناء تحميل البيانات.',
  'core.error.authHint': 'تحقق من رمز الوصول المعطى لهذه الأداة.',
  'core.error.permissionHint': 'اطلب صلاحية الوصول من أحد المسؤولين، أو استخدم رمز وصول يملك هذه الصلاحية.',
  'core.retry': 'إعادة المحاولة',
  'core.tryAgain': 'حاول مرة أخرى',
  'core.part.loading': 'جارٍ تحميل {part}…',
  'core.part.failed': 'تعذر تحميل {part}.',
  'core.part.missing': 'لم تصل الشيفرة البرمجية لهذا الجزء: تحقق من الاتصال بالشبكة (يجب أن توفّر النسخة المستضافة ذاتيًا المجلد chunks بجانب الحزمة).',
  'core.part.error': 'تعذر تحميل جزء من هذه الأداة. {reason}',

  'api.noAddress': 'لم يُضبط عنوان للخادم: اضبط السمة api-base (أو استخدم \u2066<dashboard-config>\u2069).',
  'api.unknownAddress': 'العنوان المحدد',
  'api.redirect': 'أجاب الخادم على {server} من عنوان آخر (إعادة توجيه، ولا تُتَّبع إعادات التوجيه)؛ تحقق من api-base.',
  'api.network':
    'تعذر الوصول إلى الخادم على {server}. تحقق من الاتصال بالشبكة ومن عنوان الخادم؛ وإن كان الخادم يعمل، فربما لا يسمح بالطلبات الواردة من هذه الصفحة (CORS).',
  'api.timeout': {
    zero: 'لم يستجب الخادم خلال {count} ثانية.',
    one: 'لم يستجب الخادم خلال ثانية واحدة.',
    two: 'لم يستجب الخادم خلال ثانيتين.',
    few: 'لم يستجب الخادم خلال {count} ثوانٍ.',
    many: 'لم يستجب الخادم خلال {count} ثانية.',
    other: 'لم يستجب الخادم خلال {count} ثانية.',
  },
  'api.auth': 'لم يقبل الخادم رمز الوصول: فهو مفقود أو غير صالح أو منتهي الصلاحية.',
  'api.permission': 'لا يملك هذا الحساب صلاحية القيام بذلك.',
  'api.failed': 'حدث خطأ في الخادم (HTTP {status}). حاول مرة أخرى لاحقًا.',
  'api.failedStatus': 'حدث خطأ في الخادم (HTTP {status}).',
  'api.empty': 'أرسل الخادم ردًا فارغًا (HTTP {status}).',
  'api.webPage': 'أرسل الخادم صفحة ويب بدلًا من البيانات (HTTP {status}). تحقق من عنوان الخادم.',
  'api.notJson': 'رد الخادم ليس JSON صالحًا (HTTP {status})؛ ربما وصل مبتورًا.',
  'api.tooLarge': 'رد الخادم كبير جدًا ({size} ميغابايت أو أكثر، والحد الأقصى {limit} ميغابايت)؛ لذا لم تتم قراءته.',

  'api.matomo.noMessage': 'أبلغ الخادم عن خطأ دون أي رسالة.',
  'api.matomo.tokenRefused': 'لم يقبل الخادم رمز الوصول. ({detail})',
  'api.matomo.needsToken': '{detail} لم يُقدَّم أي رمز وصول: هذه البيانات تتطلب رمزًا.',
  'api.matomo.errorStatus': 'أجاب الخادم بخطأ (HTTP {status}).',
  'api.matomo.bulk': 'أجاب الخادم عن طلب مجمّع بعدد نتائج لا يطابق عدد الاستدعاءات (الاستدعاءات: {asked}، النتائج: {count}).',
  'api.matomo.bulkNoList': 'أجاب الخادم عن طلب مجمّع دون قائمة بالنتائج (الاستدعاءات: {asked}).',
  'api.matomo.unexpected': 'أرسل الخادم {found} حيث يُتوقَّع {expected}.',
  'api.matomo.found.empty': 'قيمة فارغة',
  'api.matomo.found.list': 'قائمة',
  'api.matomo.found.longText': 'نصًا طويلًا',
  'api.matomo.found.text': 'النص «{text}»',
  'api.matomo.found.object': 'كائنًا',
  'api.matomo.found.value': 'القيمة {value} من النوع {type}',
  'api.matomo.expected.activities': 'قائمة بالأنشطة',
  'api.matomo.expected.activityCount': 'عدد الأنشطة (رقم)',
  'api.matomo.expected.logins': 'قائمة بأسماء المستخدمين',
  'api.matomo.expected.superUser': 'بيان ما إذا كان هذا مستخدمًا خارقًا (نعم أو لا)',
  'api.matomo.expected.sites': 'قائمة بالمواقع',
  'api.matomo.expected.siteVisits': 'الزيارات لكل موقع',
  'api.matomo.expected.periodVisits': 'الزيارات لكل فترة',
  'api.matomo.noSite': 'لم يُضبط أي موقع: اضبط السمة site-id (معرّف واحد أو قائمة مفصولة بفواصل).',
  'api.matomo.badDate':
    'يقرأ المخطط فترات باليوم أو الأسبوع أو الشهر أو السنة ضمن lastN أو previousN أو YYYY-MM-DD,YYYY-MM-DD، وليس «{date}» بالفترة {period}.',
  'api.matomo.noSiteVisits': 'لا يتضمن رد الخادم أي زيارات للموقع {id}.',
  'api.matomo.noMetrics': 'لم يرسل الخادم أي مقاييس للفترة {period}.',
  'api.matomo.site': 'الموقع {id}',

  'api.signIn.refused':
    'رفض الخادم على {server} رمز الوصول: تحقق منه، أو جدّده في Matomo (شخصي › الأمان › رموز المصادقة). يُحتسب كل رفض محاولةَ تسجيل دخول فاشلة؛ وبعد نحو 20 محاولة، يحظر Matomo هذه الشبكة لبعض الوقت.',
  'api.signIn.lockout':
    'محاولات تسجيل دخول فاشلة كثيرة جدًا من هذه الشبكة: يرفض الخادم على {server} طلباتها في الوقت الحالي. حاول مرة أخرى لاحقًا (بعد نحو 30 دقيقة)، أو اطلب من مسؤول الخادم رفع الحظر عن هذا العنوان.',
  'api.signIn.unreachable':
    'تعذر الوصول إلى الخادم على {server}، أو أنه لا يستجيب لهذه الصفحة: تحقق من العنوان والشبكة، ومن أن الإعداد cors_domains في Matomo يتضمن {page}. (والشبكة المحظورة بعد محاولات تسجيل دخول فاشلة كثيرة تبدو بالشكل نفسه: حاول مرة أخرى لاحقًا.)',
  'api.signIn.notFound': 'لا توجد واجهة Matomo API على هذا العنوان (HTTP 404). تحقق من api-base: يجب أن يشير إلى جذر Matomo.',

  'api.rocketchat.refused': 'لم يقبل الخادم معرّف المستخدم ورمز الوصول.',
  'api.rocketchat.refusedDetail': 'لم يقبل الخادم معرّف المستخدم ورمز الوصول ({detail}).',
  'api.rocketchat.notAllowed': 'لا يُسمح لهذا الحساب بالقيام بذلك.',
  'api.rocketchat.notAllowedDetail': 'لا يُسمح لهذا الحساب بالقيام بذلك ({detail}).',
  'api.rocketchat.notFound': 'لا توجد واجهة Rocket.Chat API على هذا العنوان (HTTP 404). تحقق من api-base: يجب أن يشير إلى جذر الخادم.',
  'api.rocketchat.notObject': 'رد الخادم ليس كائنًا (HTTP {status}).',
  'api.rocketchat.noSettings': 'لم يرسل الخادم قائمة بالإعدادات.',
  'api.rocketchat.noPublicSettings': 'لم يرسل الخادم قائمة بالإعدادات العامة.',
  'api.rocketchat.nonePublic': 'لا يتيح الخادم أيًا من هذه الإعدادات للعموم.',
  'api.rocketchat.noValue': 'لا يتضمن رد الخادم قيمةً للإعداد {id}.',
  'api.rocketchat.noPermissions': 'لم يرسل الخادم قائمة بالصلاحيات.',
  'api.rocketchat.access.none': 'لا يملك أي دور من أدوار هذا الحساب ({roles}) الصلاحية edit-privileged-setting أو manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'لا شيء',
  'api.rocketchat.access.noneSelected': 'يمكن لهذا الحساب تغيير بعض الإعدادات فقط (manage-selected-settings)، وليس من بينها أي من هذه الإعدادات.',
  'api.rocketchat.access.some': 'يمكن لهذا الحساب تغيير بعض الإعدادات فقط (manage-selected-settings)؛ أما البقية فللقراءة فقط.',

  'api.save.notResult': 'رد الخادم على الاستدعاء {method} ليس نتيجةً لهذا الاستدعاء.',
  'api.save.notAllowed': 'لا يُسمح لهذا الحساب بتغيير هذه الإعدادات.',
  'api.save.notAllowedDetail': 'لا يُسمح لهذا الحساب بتغيير هذه الإعدادات ({detail}).',
  'api.save.slowDown': 'يطلب الخادم الإبطاء: حاول مرة أخرى بعد بضع ثوانٍ.',
  'api.save.refusedValue': 'رفض الخادم إحدى القيم.',
  'api.save.refusedValueDetail': 'رفض الخادم إحدى القيم ({detail}).',
  'api.save.noMethod': 'لا توجد على هذا الخادم الدالة {method}.',
  'api.save.noMethodDetail': 'لا توجد على هذا الخادم الدالة {method} ({detail}).',
  'api.save.refusedCall': 'رفض الخادم استدعاء الدالة {method}.',

  'api.twoFactor.required': 'يطلب الخادم تأكيدًا بالمصادقة الثنائية لحفظ هذه الإعدادات.',
  'api.twoFactor.invalid': 'لم يُقبل رمز المصادقة الثنائية هذا. حاول مرة أخرى.',
  'api.twoFactor.maxAttempts': 'رموز مصادقة ثنائية خاطئة كثيرة جدًا: لم يعد الخادم يقبل هذا الرمز.',

  'embed.share': 'مشاركة / تضمين',
  'embed.sharePart': 'لوحة المشاركة / التضمين',
  'embed.close': 'إغلاق',
  'embed.title.activityLog': 'سجل النشاط',
  'embed.title.visitsChart': 'مخطط الزيارات',
  'embed.title.analyticsSettings': 'إعدادات التحليلات',
  'embed.title.other': 'أداة لوحة المعلومات',

  'embed.page.notFound': 'الأداة غير موجودة',
  'embed.page.nothing': 'لا توجد أداة لعرضها.',
  'embed.page.noWidget': 'تعرض هذه الصفحة أداة واحدة يُذكر اسمها في عنوانها، مثل \u2066#widget={example}\u2069. الأدوات: {widgets}.',
  'embed.page.unknown': 'لا توجد هنا أداة باسم «{name}» لعرضها. الأدوات: {widgets}.',
  'embed.page.noCode': 'لم تُحمَّل الشيفرة البرمجية للأداة ({widget}). تحقق من أن حزم الأدوات موجودة بجانب هذه الصفحة.',

  'embed.share.cannot': 'لا يمكن مشاركة هذا العنصر: لا يمكن مشاركة سوى activity-log و visits-chart و analytics-settings.',
  'embed.share.before': 'قبل المشاركة',
  'embed.share.warn.matomoToken':
    'يستطيع أي شخص لديه رابط أو مقتطف شيفرة مُشارَك أن يستخدم رمز الوصول الموجود فيه. استخدم رمزًا للعرض فقط: رمز مستخدم Matomo لا يملك على هذه المواقع سوى صلاحية «المشاهدة»، ولا تستخدم أبدًا رمز مستخدم خارق أو مسؤول.',
  'embed.share.warn.chatToken':
    'يستطيع أي شخص لديه رابط أو مقتطف شيفرة مُشارَك أن يستخدم رمز الوصول الموجود فيه. استخدم رمز الوصول الشخصي لمستخدم Rocket.Chat لا يملك صلاحيات إدارية، ولا تستخدم أبدًا رمز أحد المسؤولين.',
  'embed.share.warn.matomoNoToken': 'لم يُضمَّن أي رمز وصول: ستعرض الأداة ما يُسمح للمستخدم المجهول بمشاهدته.',
  'embed.share.warn.chatNoToken': 'لم يُضمَّن أي رمز وصول: سيطلب Rocket.Chat من المشاهد تسجيل الدخول، وستبيّن الأداة ذلك.',
  'embed.share.warn.editable': 'يمكن تغيير الإعدادات عبر هذه النسخة. ضمّنها للقراءة فقط، ما لم يكن من تشاركها معهم بحاجة إلى التعديل.',
  'embed.share.warn.plainHttp': 'يستخدم عنوان الخادم بروتوكول http غير المشفّر: سيعبر رمز الوصول الشبكة دون تشفير.',
  'embed.share.warn.userId': 'لا يعمل رمز Rocket.Chat إلا مع معرّف المستخدم صاحبه: أدخل معرّف المستخدم المرتبط بهذا الرمز.',
  'embed.share.warn.fixedDay': 'يحسب المخطط نطاقاته رجوعًا من يوم ثابت (\u2066today="{today}"\u2069): ستظل النسخة المشارَكة تعرض نطاقات ذلك اليوم.',
  'embed.share.activityLogScope':
    'الرمز الذي لا يخص مستخدمًا خارقًا لا يعرض إلا أنشطة صاحبه: فمع رمز للعرض فقط، يرى المستلم أنشطة ذلك المستخدم، لا أنشطة الجميع. تعرض المعاينة أدناه بالضبط ما سيراه المستلم.',
  'embed.share.token': 'رمز الوصول للنسخة المشارَكة',
  'embed.share.matomoTokenHint': 'رمز Matomo للعرض فقط (من شخصي > الأمان > رموز المصادقة لدى مستخدم يملك صلاحية المشاهدة). اتركه فارغًا للوصول بصفة المستخدم المجهول.',
  'embed.share.chatTokenHint': 'رمز الوصول الشخصي لمستخدم Rocket.Chat لا يملك صلاحيات إدارية.',
  'embed.share.userId': 'معرّف المستخدم صاحب هذا الرمز',
  'embed.share.userIdHint': 'معرّف المستخدم الذي يعود إليه هذا الرمز (يرسل Rocket.Chat الاثنين معًا). لا يُشارَك معرّفك أنت أبدًا.',
  'embed.share.readOnly': 'المشاركة للقراءة فقط (لا يمكن تغيير أي شيء عبر النسخة)',
  'embed.share.look': 'مظهر النسخة المشارَكة',
  'embed.share.theme': 'السمة',
  'embed.share.theme.same': 'كما في الأداة هنا',
  'embed.share.theme.light': 'فاتحة',
  'embed.share.theme.dark': 'داكنة',
  'embed.share.theme.auto': 'حسب نظام المشاهد',
  'embed.share.background': 'الخلفية',
  'embed.share.background.same': 'خلفية الأداة',
  'embed.share.background.transparent': 'شفافة',
  'embed.share.background.colour': 'لون مخصص…',
  'embed.share.colour': 'لون الخلفية',
  'embed.share.language': 'اللغة',
  'embed.share.languagePlaceholder': 'مثل ar، fr-CH',
  'embed.share.languageHint': 'كل الكلمات والتواريخ والأرقام بهذه اللغة (وسم لغة BCP 47). إن تُرك فارغًا: لغة الأداة، وإلا فلغة متصفح المشاهد.',
  'embed.share.compact': 'مضغوط: البيانات وحدها، دون العنوان والأزرار وعناصر التحكم',
  'embed.share.controls': 'عناصر التحكم المتاحة للمستلم',
  'embed.share.control.period': 'الفترة',
  'embed.share.control.range': 'النطاق الزمني',
  'embed.share.control.metric': 'المقياس',
  'embed.share.control.compare': 'المقارنة',
  'embed.share.control.view': 'عرض الجدول',
  'embed.share.control.export': 'التنزيلات',
  'embed.share.control.share': 'مشاركة / تضمين',
  'embed.share.hosting': 'مكان استضافة ملفات الأداة',
  'embed.share.hostingAddress': 'عنوان المجلد الذي يحتوي على embed.html و \u2066cdn/\u2069',
  'embed.share.notDetected':
    'تعذر العثور على عنوان ملفات الأداة من هذه الصفحة (فالأدوات مأخوذة من حزمة خاصة بك). أدخل العنوان الذي يُقدَّم منه embed.html و \u2066cdn/\u2069، أو أعطه للصفحة عبر \u2066<meta name="dashboard-widgets-base" content="…">\u2069.',
  'embed.share.check': 'التحقق من الرمز والمعاينة',
  'embed.share.preview': 'معاينة ما يراه المستلم',
  'embed.share.previewHint':
    'لا يُرسَل أي شيء أثناء الكتابة. يُتحقَّق من رمز Matomo بطلب واحد، بعد أن يُثبت طلب دون الرمز أن الخادم يستجيب: إذ يحتسب Matomo كل رمز مرفوض محاولةَ تسجيل دخول فاشلة.',
  'embed.share.checking': 'جارٍ التحقق من الرمز…',
  'embed.share.superUser': 'رمز مستخدم خارق.',
  'embed.share.verdict.superUser':
    'هذا الرمز يخص مستخدمًا خارقًا: يستطيع كل من لديه النسخة المشارَكة قراءة كل شيء في Matomo هذا وتغييره. أنشئ رمزًا لمستخدم لا يملك سوى صلاحية المشاهدة.',
  'embed.share.verdict.limited': 'قُبل الرمز، وهو لا يخص مستخدمًا خارقًا.',
  'embed.share.verdict.refused':
    'رفض Matomo هذا الرمز (أو أنه يحظر هذا العنوان بعد محاولات تسجيل دخول فاشلة كثيرة جدًا). جُرِّب الرمز مرة واحدة ولن يُجرَّب مجددًا: تحقق منه، ثم اضغط الزر مرة أخرى.',
  'embed.share.verdict.unreachable': 'لم يستجب خادم Matomo، لذا لم يُرسَل الرمز. تحقق من عنوان الخادم ومن إعدادات CORS فيه (cors_domains).',
  'embed.share.stalePreview': 'تغيّر الرمز منذ المعاينة: اضغط الزر مرة أخرى لرؤية المعاينة بالرمز الجديد.',
  'embed.share.previewTitle': 'معاينة: {widget} من منظور المستلم',
  'embed.share.link': 'رابط',
  'embed.share.linkHint': 'يفتح الأداة في صفحة مستقلة. تنتقل الإعدادات بعد العلامة #، التي لا تُرسَل أبدًا إلى أي خادم.',
  'embed.share.iframe': 'إطار iframe',
  'embed.share.iframeHint':
    'لأي صفحة أو نظام لإدارة المحتوى يقبل إطارات iframe. يجعل سطر السكربت ارتفاع الإطار مساويًا لارتفاع الأداة؛ وهو سكربت تقليدي، لذا يُحمَّل من موقع آخر دون الحاجة إلى أي ترويسة CORS.',
  'embed.share.script': 'وسم script',
  'embed.share.scriptHint':
    'لصفحة تتحكم فيها: تصبح الأداة جزءًا من الصفحة. تحمّل الصفحة سكربت وحدة (module) من مضيف الأداة، لذا يجب أن يرسل ذلك المضيف الترويسة Access-Control-Allow-Origin لملفات \u2066cdn/\u2069 (وهذا ما يفعله npm start وشبكات CDN العامة لحزم npm)، وتتصل الأداة بخادمها من تلك الصفحة: لذا يجب أن يدرج Matomo أصل الصفحة في cors_domains (وRocket.Chat في إعدادات CORS الخاصة به). وتضيف الخلفية السمة style: في صفحة تمنع سياسة Content-Security-Policy فيها الأنماط المضمّنة، اضبط \u2066--dw-background\u2069 في ورقة أنماطها بدلًا من ذلك.',
  'embed.share.copy.link': 'نسخ الرابط',
  'embed.share.copy.iframe': 'نسخ إطار iframe',
  'embed.share.copy.script': 'نسخ وسم script',
  'embed.share.copied.link': 'نُسخ الرابط.',
  'embed.share.copied.iframe': 'نُسخ إطار iframe.',
  'embed.share.copied.script': 'نُسخ وسم script.',
  'embed.share.select.link': 'الرابط محدد: اضغط Ctrl+C (أو Cmd+C على Mac) لنسخه.',
  'embed.share.select.iframe': 'إطار iframe محدد: اضغط Ctrl+C (أو Cmd+C على Mac) لنسخه.',
  'embed.share.select.script': 'وسم script محدد: اضغط Ctrl+C (أو Cmd+C على Mac) لنسخه.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo، الموقع {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo، المواقع {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo، كل المواقع)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'يجعل ارتفاع إطار iframe مساويًا لارتفاع الأداة التي فيه (اختياري).',
} satisfies Messages;
