import type { Messages } from '../types.js';

/**
 * Polish (polski). Every key of the English catalogue (src/i18n/en.ts), with the same
 * placeholders; plural messages with Polish's categories (one, few, many, other: `other` is for
 * fractions, "1,5 sekundy"). The reader is addressed in the second person singular, as Polish
 * software interfaces do ("Sprawdź …", "Spróbuj ponownie"), with impersonal forms where a form
 * would otherwise depend on the reader's gender ("Skopiowano link."); labels are nouns or
 * imperatives ("Kopiuj link"). Quotation marks „…”.
 * Terms as Matomo and Rocket.Chat users know them: witryna, token, token dostępu, osobisty token
 * dostępu, superużytkownik, uwierzytelnianie dwuskładnikowe, identyfikator użytkownika.
 * Names of parts (core.part.*: `{part}`) are written in the genitive, which both sentences
 * need: "Wczytywanie panelu „Udostępnij / osadź”…", "Nie udało się wczytać panelu …".
 * `{server}` is an origin or api.unknownAddress ("pod skonfigurowanym adresem"), both after
 * "serwer"; `{found}` (api.matomo.found.*) is in the accusative, `{expected}`
 * (api.matomo.expected.*) in the genitive, as "Serwer wysłał {found}, a oczekiwano {expected}" needs.
 */
export default {
  'core.error.title': 'Nie udało się wczytać danych',
  'core.error.unknown': 'Podczas wczytywania danych coś poszło nie tak.',
  'core.error.authHint': 'Sprawdź token przekazany do tego widżetu.',
  'core.error.permissionHint': 'Poproś administratora o dostęp albo użyj tokenu, który ma takie uprawnienia.',
  'core.retry': 'Ponów',
  'core.tryAgain': 'Spróbuj ponownie',
  'core.part.loading': 'Wczytywanie {part}…',
  'core.part.failed': 'Nie udało się wczytać {part}.',
  'core.part.missing':
    'Kod tego elementu nie dotarł: sprawdź połączenie sieciowe (kopia hostowana samodzielnie musi udostępniać folder chunks obok pakietu).',
  'core.part.error': 'Nie udało się wczytać części tego widżetu. {reason}',

  'api.noAddress': 'Nie skonfigurowano adresu serwera: ustaw atrybut api-base (lub użyj elementu <dashboard-config>).',
  'api.unknownAddress': 'pod skonfigurowanym adresem',
  'api.redirect': 'Serwer {server} odpowiedział z innego adresu (przekierowania nie są wykonywane); sprawdź api-base.',
  'api.network':
    'Nie można połączyć się z serwerem {server}. Sprawdź połączenie sieciowe i adres serwera; jeśli serwer działa, być może nie zezwala na żądania z tej strony (CORS).',
  'api.timeout': {
    one: 'Serwer nie odpowiedział w ciągu {count} sekundy.',
    few: 'Serwer nie odpowiedział w ciągu {count} sekund.',
    many: 'Serwer nie odpowiedział w ciągu {count} sekund.',
    other: 'Serwer nie odpowiedział w ciągu {count} sekundy.',
  },
  'api.auth': 'Serwer nie zaakceptował tokenu dostępu: brakuje go, jest nieprawidłowy lub wygasł.',
  'api.permission': 'To konto nie ma do tego uprawnień.',
  'api.failed': 'Błąd serwera (HTTP {status}). Spróbuj ponownie później.',
  'api.failedStatus': 'Błąd serwera (HTTP {status}).',
  'api.empty': 'Serwer wysłał pustą odpowiedź (HTTP {status}).',
  'api.webPage': 'Serwer wysłał stronę internetową zamiast danych (HTTP {status}). Sprawdź adres serwera.',
  'api.notJson': 'Odpowiedź serwera nie jest poprawnym dokumentem JSON (HTTP {status}); mogła zostać ucięta.',
  'api.tooLarge': 'Odpowiedź serwera jest zbyt duża ({size} MB lub więcej, limit to {limit} MB); nie została odczytana.',

  'api.matomo.noMessage': 'Serwer zgłosił błąd bez komunikatu.',
  'api.matomo.tokenRefused': 'Serwer nie zaakceptował tokenu dostępu. ({detail})',
  'api.matomo.needsToken': '{detail} Nie podano tokenu: te dane go wymagają.',
  'api.matomo.errorStatus': 'Serwer odpowiedział błędem (HTTP {status}).',
  'api.matomo.bulk': 'Serwer nieprawidłowo odpowiedział na żądanie zbiorcze (wywołania: {asked}, wyniki: {count}).',
  'api.matomo.bulkNoList': 'Serwer odpowiedział na żądanie zbiorcze bez listy wyników (wywołania: {asked}).',
  'api.matomo.unexpected': 'Serwer wysłał {found}, a oczekiwano {expected}.',
  'api.matomo.found.empty': 'pustą wartość',
  'api.matomo.found.list': 'listę',
  'api.matomo.found.longText': 'długi tekst',
  'api.matomo.found.text': 'tekst „{text}”',
  'api.matomo.found.object': 'obiekt',
  'api.matomo.found.value': 'wartość typu {type} ({value})',
  'api.matomo.expected.activities': 'listy aktywności',
  'api.matomo.expected.activityCount': 'liczby aktywności (wartości liczbowej)',
  'api.matomo.expected.logins': 'listy loginów',
  'api.matomo.expected.superUser': 'informacji, czy to superużytkownik (tak lub nie)',
  'api.matomo.expected.sites': 'listy witryn',
  'api.matomo.expected.siteVisits': 'wizyt według witryn',
  'api.matomo.expected.periodVisits': 'wizyt według okresów',
  'api.matomo.expected.segments': 'listy segmentów',
  'api.matomo.noSite': 'Nie skonfigurowano witryny: ustaw atrybut site-id (jeden identyfikator lub lista rozdzielona przecinkami).',
  'api.matomo.badDate':
    'Wykres obsługuje okresy (dzień, tydzień, miesiąc lub rok) podane jako lastN, previousN lub YYYY-MM-DD,YYYY-MM-DD, a nie „{date}” z okresem {period}.',
  'api.matomo.noSiteVisits': 'Odpowiedź serwera nie zawiera wizyt dla witryny {id}.',
  'api.matomo.noMetrics': 'Serwer nie wysłał wskaźników dla okresu {period}.',
  'api.matomo.site': 'Witryna {id}',

  'api.signIn.refused':
    'Serwer {server} odrzucił token dostępu: sprawdź go lub wygeneruj nowy w Matomo (Osobiste › Bezpieczeństwo › Tokeny uwierzytelniające). Każde odrzucenie liczy się jako nieudane logowanie; po mniej więcej 20 takich próbach Matomo blokuje tę sieć na jakiś czas.',
  'api.signIn.lockout':
    'Zbyt wiele nieudanych logowań z tej sieci: serwer {server} na razie odrzuca jej żądania. Spróbuj ponownie później (za mniej więcej 30 minut) albo poproś administratora serwera o odblokowanie tego adresu.',
  'api.signIn.unreachable':
    'Nie można połączyć się z serwerem {server} lub serwer nie odpowiada tej stronie: sprawdź adres i sieć oraz to, czy cors_domains w Matomo zawiera {page}. (Sieć zablokowana po zbyt wielu nieudanych logowaniach wygląda tak samo: spróbuj ponownie później.)',
  'api.signIn.notFound': 'Pod tym adresem nie ma API Matomo (HTTP 404). Sprawdź api-base: musi wskazywać katalog główny Matomo.',

  'api.rocketchat.refused': 'Serwer nie zaakceptował identyfikatora użytkownika i tokenu.',
  'api.rocketchat.refusedDetail': 'Serwer nie zaakceptował identyfikatora użytkownika i tokenu ({detail}).',
  'api.rocketchat.notAllowed': 'To konto nie może tego zrobić.',
  'api.rocketchat.notAllowedDetail': 'To konto nie może tego zrobić ({detail}).',
  'api.rocketchat.notFound': 'Pod tym adresem nie ma API Rocket.Chat (HTTP 404). Sprawdź api-base: musi wskazywać katalog główny serwera.',
  'api.rocketchat.notObject': 'Odpowiedź serwera nie jest obiektem (HTTP {status}).',
  'api.rocketchat.noSettings': 'Serwer nie wysłał listy ustawień.',
  'api.rocketchat.noPublicSettings': 'Serwer nie wysłał listy ustawień publicznych.',
  'api.rocketchat.nonePublic': 'Serwer nie udostępnia publicznie żadnego z tych ustawień.',
  'api.rocketchat.noValue': 'Odpowiedź serwera dla ustawienia {id} nie zawiera wartości.',
  'api.rocketchat.noPermissions': 'Serwer nie wysłał listy uprawnień.',
  'api.rocketchat.access.none': 'Żadna rola tego konta ({roles}) nie ma uprawnienia edit-privileged-setting ani manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'brak',
  'api.rocketchat.access.noneSelected': 'To konto może zmieniać tylko niektóre ustawienia (manage-selected-settings), a żadnego z tych.',
  'api.rocketchat.access.some': 'To konto może zmieniać tylko niektóre ustawienia (manage-selected-settings); pozostałe są tylko do odczytu.',

  'api.save.notResult': 'Odpowiedź serwera na wywołanie {method} nie jest wynikiem tego wywołania.',
  'api.save.notAllowed': 'To konto nie może zmieniać tych ustawień.',
  'api.save.notAllowedDetail': 'To konto nie może zmieniać tych ustawień ({detail}).',
  'api.save.slowDown': 'Serwer prosi o zwolnienie tempa: spróbuj ponownie za kilka sekund.',
  'api.save.refusedValue': 'Serwer odrzucił wartość.',
  'api.save.refusedValueDetail': 'Serwer odrzucił wartość ({detail}).',
  'api.save.noMethod': 'Ten serwer nie ma metody {method}.',
  'api.save.noMethodDetail': 'Ten serwer nie ma metody {method} ({detail}).',
  'api.save.refusedCall': 'Serwer odrzucił wywołanie {method}.',

  'api.twoFactor.required': 'Serwer wymaga potwierdzenia uwierzytelnianiem dwuskładnikowym, aby zapisać te ustawienia.',
  'api.twoFactor.invalid': 'Ten kod uwierzytelniania dwuskładnikowego nie został zaakceptowany. Spróbuj ponownie.',
  'api.twoFactor.maxAttempts': 'Zbyt wiele błędnych kodów uwierzytelniania dwuskładnikowego: serwer nie akceptuje już tego kodu.',

  'embed.share': 'Udostępnij / osadź',
  'embed.sharePart': 'panelu „Udostępnij / osadź”',
  'embed.close': 'Zamknij',
  'embed.title.activityLog': 'Dziennik aktywności',
  'embed.title.visitsChart': 'Wykres wizyt',
  'embed.title.analyticsSettings': 'Ustawienia analityki',
  'embed.title.other': 'Widżet pulpitu',

  'embed.page.notFound': 'Nie znaleziono widżetu',
  'embed.page.nothing': 'Brak widżetu do wyświetlenia.',
  'embed.page.noWidget': 'Ta strona wyświetla jeden widżet wskazany w jej adresie, np. #widget={example}. Widżety: {widgets}.',
  'embed.page.unknown': 'Nie ma tu widżetu o nazwie „{name}”. Widżety: {widgets}.',
  'embed.page.noCode': 'Kod widżetu ({widget}) nie został wczytany. Sprawdź, czy pakiety widżetów znajdują się obok tej strony.',

  'embed.share.cannot': 'Tego elementu nie można udostępnić: udostępniać można tylko activity-log, visits-chart i analytics-settings.',
  'embed.share.before': 'Zanim udostępnisz',
  'embed.share.warn.matomoToken':
    'Każdy, kto ma udostępniony link lub fragment kodu, może użyć zawartego w nim tokenu. Użyj tokenu tylko do odczytu: tokenu użytkownika Matomo, który ma do tych witryn wyłącznie dostęp „view” (wyświetlanie), nigdy tokenu superużytkownika ani administratora.',
  'embed.share.warn.chatToken':
    'Każdy, kto ma udostępniony link lub fragment kodu, może użyć zawartego w nim tokenu. Użyj osobistego tokenu dostępu użytkownika Rocket.Chat bez uprawnień administracyjnych, nigdy tokenu administratora.',
  'embed.share.warn.matomoNoToken': 'Nie dołączono tokenu: widżet pokaże to, co może zobaczyć użytkownik anonimowy.',
  'embed.share.warn.chatNoToken': 'Nie dołączono tokenu: Rocket.Chat poprosi oglądającego o zalogowanie się, a widżet o tym poinformuje.',
  'embed.share.warn.editable':
    'Przez tę kopię można zmieniać ustawienia. Osadź ją w trybie tylko do odczytu, chyba że osoby, którym ją udostępniasz, mają mieć możliwość edycji.',
  'embed.share.warn.plainHttp': 'Adres serwera używa zwykłego protokołu http: token byłby przesyłany przez sieć bez szyfrowania.',
  'embed.share.warn.userId': 'Token Rocket.Chat działa tylko z identyfikatorem swojego użytkownika: wpisz identyfikator użytkownika, do którego należy token.',
  'embed.share.warn.fixedDay':
    'Wykres odlicza swoje zakresy wstecz od ustalonego dnia (today="{today}"): udostępniona kopia będzie nadal pokazywać zakresy liczone od tego dnia.',
  'embed.share.activityLogScope':
    'Token, który nie należy do superużytkownika, pokazuje tylko aktywności własnego użytkownika: z tokenem tylko do odczytu odbiorca zobaczy aktywności tego użytkownika, a nie wszystkich. Podgląd poniżej pokazuje dokładnie to, co zobaczy odbiorca.',
  'embed.share.token': 'Token dla udostępnianej kopii',
  'embed.share.matomoTokenHint':
    'Token Matomo tylko do odczytu (Osobiste > Bezpieczeństwo > Tokeny uwierzytelniające użytkownika z dostępem do wyświetlania). Pozostaw puste, aby użyć dostępu anonimowego.',
  'embed.share.chatTokenHint': 'Osobisty token dostępu użytkownika Rocket.Chat bez uprawnień administracyjnych.',
  'embed.share.userId': 'Identyfikator użytkownika tego tokenu',
  'embed.share.userIdHint': 'Identyfikator użytkownika, do którego należy ten token (Rocket.Chat wysyła oba). Twój własny identyfikator nigdy nie jest udostępniany.',
  'embed.share.readOnly': 'Udostępnij tylko do odczytu (przez kopię nie można niczego zmienić)',
  'embed.share.look': 'Wygląd udostępnianej kopii',
  'embed.share.theme': 'Motyw',
  'embed.share.theme.same': 'Jak widżet tutaj',
  'embed.share.theme.light': 'Jasny',
  'embed.share.theme.dark': 'Ciemny',
  'embed.share.theme.auto': 'Zgodnie z systemem oglądającego',
  'embed.share.background': 'Tło',
  'embed.share.background.same': 'Tło widżetu',
  'embed.share.background.transparent': 'Przezroczyste',
  'embed.share.background.colour': 'Kolor…',
  'embed.share.colour': 'Kolor tła',
  'embed.share.language': 'Język',
  'embed.share.languagePlaceholder': 'np. pl, fr-CH',
  'embed.share.languageHint':
    'Wszystkie słowa, daty i liczby w tym języku (tag BCP 47). Puste: język widżetu, a jeśli go nie ma, język przeglądarki oglądającego.',
  'embed.share.compact': 'Kompaktowy: same dane, bez nagłówka, przycisków i elementów sterujących',
  'embed.share.controls': 'Elementy sterujące dostępne dla odbiorcy',
  'embed.share.control.period': 'Okres',
  'embed.share.control.range': 'Zakres',
  'embed.share.control.metric': 'Wskaźnik',
  'embed.share.control.compare': 'Porównanie',
  'embed.share.control.view': 'Widok tabeli',
  'embed.share.control.export': 'Pobieranie',
  'embed.share.control.share': 'Udostępnij / osadź',
  'embed.share.hosting': 'Gdzie są hostowane pliki widżetów',
  'embed.share.hostingAddress': 'Adres folderu zawierającego embed.html i cdn/',
  'embed.share.notDetected':
    'Nie udało się ustalić adresu plików widżetów z poziomu tej strony (widżety pochodzą z własnego pakietu). Wpisz adres, pod którym udostępniane są embed.html i cdn/, albo przekaż go stronie za pomocą <meta name="dashboard-widgets-base" content="…">.',
  'embed.share.check': 'Sprawdź token i pokaż podgląd',
  'embed.share.preview': 'Pokaż, co zobaczy odbiorca',
  'embed.share.previewHint':
    'Podczas pisania nic nie jest wysyłane. Token Matomo jest sprawdzany jednym żądaniem, dopiero gdy żądanie bez tokenu pokaże, że serwer odpowiada: Matomo liczy każdy odrzucony token jako nieudane logowanie.',
  'embed.share.checking': 'Sprawdzanie tokenu…',
  'embed.share.superUser': 'Token superużytkownika.',
  'embed.share.verdict.superUser':
    'Ten token należy do superużytkownika: każdy, kto ma udostępnioną kopię, mógłby odczytać i zmienić wszystko w tej instancji Matomo. Utwórz token dla użytkownika, który ma tylko dostęp do wyświetlania.',
  'embed.share.verdict.limited': 'Token został zaakceptowany i nie należy do superużytkownika.',
  'embed.share.verdict.refused':
    'Matomo odrzuciło ten token (lub blokuje ten adres po zbyt wielu nieudanych logowaniach). Token został użyty raz i nie zostanie użyty ponownie: sprawdź go, a potem jeszcze raz naciśnij przycisk.',
  'embed.share.verdict.unreachable':
    'Serwer Matomo nie odpowiedział, więc token nie został wysłany. Sprawdź adres serwera i jego ustawienia CORS (cors_domains).',
  'embed.share.stalePreview': 'Token zmienił się od czasu podglądu: naciśnij przycisk jeszcze raz, aby zobaczyć podgląd z nowym tokenem.',
  'embed.share.previewTitle': 'Podgląd: {widget} oczami odbiorcy',
  'embed.share.link': 'Link',
  'embed.share.linkHint': 'Otwiera widżet na osobnej stronie. Ustawienia są przekazywane po znaku #, który nigdy nie jest wysyłany do serwera.',
  'embed.share.iframe': 'Iframe',
  'embed.share.iframeHint':
    'Do dowolnej strony lub systemu CMS, który akceptuje ramki iframe. Wiersz ze skryptem dopasowuje wysokość ramki do widżetu; to klasyczny skrypt, więc wczytuje się z innej witryny bez żadnego nagłówka CORS.',
  'embed.share.script': 'Znacznik script',
  'embed.share.scriptHint':
    'Do strony, którą zarządzasz: widżet staje się częścią strony. Strona wczytuje skrypt modułu z hosta widżetów, więc ten host musi wysyłać nagłówek Access-Control-Allow-Origin dla plików z cdn/ (npm start i publiczne sieci CDN dla npm to robią), a widżet łączy się ze swoim serwerem z tej strony: Matomo musi mieć pochodzenie (origin) strony na liście cors_domains (Rocket.Chat: w ustawieniach CORS). Tło dodaje atrybut style: na stronie, której Content-Security-Policy zabrania stylów inline, ustaw zamiast tego --dw-background w jej arkuszu stylów.',
  'embed.share.copy.link': 'Kopiuj link',
  'embed.share.copy.iframe': 'Kopiuj iframe',
  'embed.share.copy.script': 'Kopiuj znacznik script',
  'embed.share.copied.link': 'Skopiowano link.',
  'embed.share.copied.iframe': 'Skopiowano iframe.',
  'embed.share.copied.script': 'Skopiowano znacznik script.',
  'embed.share.select.link': 'Link jest zaznaczony: naciśnij Ctrl+C (Cmd+C na Macu), aby go skopiować.',
  'embed.share.select.iframe': 'Iframe jest zaznaczony: naciśnij Ctrl+C (Cmd+C na Macu), aby go skopiować.',
  'embed.share.select.script': 'Znacznik script jest zaznaczony: naciśnij Ctrl+C (Cmd+C na Macu), aby go skopiować.',
  'embed.share.frameTitle.matomo': '{widget} (Matomo)',
  'embed.share.frameTitle.matomoSite': '{widget} (Matomo, witryna {site})',
  'embed.share.frameTitle.matomoSites': '{widget} (Matomo, witryny {sites})',
  'embed.share.frameTitle.matomoAllSites': '{widget} (Matomo, wszystkie witryny)',
  'embed.share.frameTitle.chat': '{widget} (Rocket.Chat)',
  'embed.share.frameComment': 'Dopasowuje wysokość ramki iframe do widżetu (opcjonalnie).',
} satisfies Messages;
