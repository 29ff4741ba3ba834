import type { Messages } from '../types.js';
import activityLog from './pl/activity-log.js';
import visitsChart from './pl/visits-chart.js';
import analyticsSettings from './pl/analytics-settings.js';
import activityLogParts from './pl/activity-log-parts.js';
import activityLogReport from './pl/activity-log-report.js';
import activityLogSignins from './pl/activity-log-signins.js';
import activityLogHistory from './pl/activity-log-history.js';
import activityLogFilters from './pl/activity-log-filters.js';
import visitsChartParts from './pl/visits-chart-parts.js';

/**
 * Polish (polski). Every message of the catalogue (src/i18n/messages.generated.ts), keyed by its
 * English, with the same placeholders; plural messages with Polish's categories (one, few, many,
 * other: `other` is for fractions, "1,5 sekundy"). The reader is addressed in the second person
 * singular, as Polish software interfaces do ("Sprawdź …", "Spróbuj ponownie"), with impersonal
 * forms where a form would otherwise depend on the reader's gender ("Skopiowano link."); labels are
 * nouns or imperatives ("Kopiuj link"). Quotation marks „…”.
 * Terms as Matomo and Rocket.Chat users know them: witryna, token, token dostępu, osobisty token
 * dostępu, superużytkownik, uwierzytelnianie dwuskładnikowe, identyfikator użytkownika.
 * Names of parts (`{part}` in "Loading {part}…" and "Could not load {part}.") are written in the
 * genitive, which both sentences need: "Wczytywanie panelu „Udostępnij / osadź”…", "Nie udało się
 * wczytać panelu …".
 * `{server}` is an origin or "the configured address" ("pod skonfigurowanym adresem"), both after
 * "serwer"; `{found}` (what the server sent) is in the accusative, `{expected}` (what was expected)
 * in the genitive, as "Serwer wysłał {found}, a oczekiwano {expected}" needs.
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
  'Could not load the data': 'Nie udało się wczytać danych',
  'Something went wrong while loading the data.': 'Podczas wczytywania danych coś poszło nie tak.',
  'Check the token given to this widget.': 'Sprawdź token przekazany do tego widżetu.',
  'Ask an administrator for access, or use a token that has it.': 'Poproś administratora o dostęp albo użyj tokenu, który ma takie uprawnienia.',
  'Retry': 'Ponów',
  'Try again': 'Spróbuj ponownie',
  'Loading {part}…': 'Wczytywanie {part}…',
  'Could not load {part}.': 'Nie udało się wczytać {part}.',
  'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).':
    'Kod tego elementu nie dotarł: sprawdź połączenie sieciowe (kopia hostowana samodzielnie musi udostępniać folder chunks obok pakietu).',
  'A part of this widget could not be loaded. {reason}': 'Nie udało się wczytać części tego widżetu. {reason}',

  'No server address is configured: set the api-base attribute (or a <dashboard-config>).': 'Nie skonfigurowano adresu serwera: ustaw atrybut api-base (lub użyj elementu <dashboard-config>).',
  'the configured address': 'pod skonfigurowanym adresem',
  'The server at {server} answered from another address (a redirect, which is not followed); check api-base.': 'Serwer {server} odpowiedział z innego adresu (przekierowania nie są wykonywane); sprawdź api-base.',
  'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).':
    'Nie można połączyć się z serwerem {server}. Sprawdź połączenie sieciowe i adres serwera; jeśli serwer działa, być może nie zezwala na żądania z tej strony (CORS).',
  'The server did not answer within {count} seconds.': {
    one: 'Serwer nie odpowiedział w ciągu {count} sekundy.',
    few: 'Serwer nie odpowiedział w ciągu {count} sekund.',
    many: 'Serwer nie odpowiedział w ciągu {count} sekund.',
    other: 'Serwer nie odpowiedział w ciągu {count} sekundy.',
  },
  'The server did not accept the access token: it is missing, invalid or expired.': 'Serwer nie zaakceptował tokenu dostępu: brakuje go, jest nieprawidłowy lub wygasł.',
  'This account does not have permission for this.': 'To konto nie ma do tego uprawnień.',
  'The server failed (HTTP {status}). Try again later.': 'Błąd serwera (HTTP {status}). Spróbuj ponownie później.',
  'The server failed (HTTP {status}).': 'Błąd serwera (HTTP {status}).',
  'The server sent an empty answer (HTTP {status}).': 'Serwer wysłał pustą odpowiedź (HTTP {status}).',
  'The server sent a web page instead of data (HTTP {status}). Check the server address.': 'Serwer wysłał stronę internetową zamiast danych (HTTP {status}). Sprawdź adres serwera.',
  "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.": 'Odpowiedź serwera nie jest poprawnym dokumentem JSON (HTTP {status}); mogła zostać ucięta.',
  "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.": 'Odpowiedź serwera jest zbyt duża ({size} MB lub więcej, limit to {limit} MB); nie została odczytana.',

  'The server reported an error without a message.': 'Serwer zgłosił błąd bez komunikatu.',
  'The server did not accept the access token. ({detail})': 'Serwer nie zaakceptował tokenu dostępu. ({detail})',
  '{detail} No token was given: these data need one.': '{detail} Nie podano tokenu: te dane go wymagają.',
  'The server answered with an error (HTTP {status}).': 'Serwer odpowiedział błędem (HTTP {status}).',
  'The server answered a bulk request of {asked} with {count} results.': 'Serwer nieprawidłowo odpowiedział na żądanie zbiorcze (wywołania: {asked}, wyniki: {count}).',
  'The server answered a bulk request of {asked} with no list of results.': 'Serwer odpowiedział na żądanie zbiorcze bez listy wyników (wywołania: {asked}).',
  'The server sent {found} where {expected} was expected.': 'Serwer wysłał {found}, a oczekiwano {expected}.',
  'an empty value': 'pustą wartość',
  'a list': 'listę',
  'a long text': 'długi tekst',
  'the text "{text}"': 'tekst „{text}”',
  'an object': 'obiekt',
  '{type} {value}': 'wartość typu {type} ({value})',
  'a list of activities': 'listy aktywności',
  'the number of activities (a number)': 'liczby aktywności (wartości liczbowej)',
  'a list of logins': 'listy loginów',
  'whether this is a super user (yes or no)': 'informacji, czy to superużytkownik (tak lub nie)',
  'a list of sites': 'listy witryn',
  'visits per site': 'wizyt według witryn',
  'visits per period': 'wizyt według okresów',
  'a list of segments': 'listy segmentów',
  'a list of websites': 'listy witryn internetowych',
  'The server sent {found} where the annotations of each site were expected.': 'Serwer wysłał {found}, a oczekiwano adnotacji każdej z witryn.',
  'The server sent {found} where the annotations of site {site} were expected.': 'Serwer wysłał {found}, a oczekiwano adnotacji witryny {site}.',
  'No site is configured: set the site-id attribute (one id, a comma list, or "all").':
    'Nie skonfigurowano witryny: ustaw atrybut site-id (jeden identyfikator, lista rozdzielona przecinkami lub „all”).',
  'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.':
    'Widżet nie potrafi odczytać daty „{date}”: użyj lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD lub nazwanego zakresu, np. this-month.',
  "The server's answer has no visits for site {id}.": 'Odpowiedź serwera nie zawiera wizyt dla witryny {id}.',
  'The server sent no metrics for the period {period}.': 'Serwer nie wysłał wskaźników dla okresu {period}.',
  'Site {id}': 'Witryna {id}',

  'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.':
    'Serwer {server} odrzucił token dostępu: sprawdź go lub wygeneruj nowy w Matomo (Osobiste › Bezpieczeństwo › Tokeny uwierzytelniające). Każde odrzucenie liczy się jako nieudane logowanie; po mniej więcej 20 takich próbach Matomo blokuje tę sieć na jakiś czas.',
  'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.':
    'Zbyt wiele nieudanych logowań z tej sieci: serwer {server} na razie odrzuca jej żądania. Spróbuj ponownie później (za mniej więcej 30 minut) albo poproś administratora serwera o odblokowanie tego adresu.',
  "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)":
    'Nie można połączyć się z serwerem {server} lub serwer nie odpowiada tej stronie: sprawdź adres i sieć oraz to, czy cors_domains w Matomo zawiera {page}. (Sieć zablokowana po zbyt wielu nieudanych logowaniach wygląda tak samo: spróbuj ponownie później.)',
  'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.': 'Pod tym adresem nie ma API Matomo (HTTP 404). Sprawdź api-base: musi wskazywać katalog główny Matomo.',

  'The server did not accept the user id and token.': 'Serwer nie zaakceptował identyfikatora użytkownika i tokenu.',
  'The server did not accept the user id and token ({detail}).': 'Serwer nie zaakceptował identyfikatora użytkownika i tokenu ({detail}).',
  'This account may not do this.': 'To konto nie może tego zrobić.',
  'This account may not do this ({detail}).': 'To konto nie może tego zrobić ({detail}).',
  'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.': 'Pod tym adresem nie ma API Rocket.Chat (HTTP 404). Sprawdź api-base: musi wskazywać katalog główny serwera.',
  "The server's answer is not an object (HTTP {status}).": 'Odpowiedź serwera nie jest obiektem (HTTP {status}).',
  'The server sent no list of settings.': 'Serwer nie wysłał listy ustawień.',
  'The server sent no list of public settings.': 'Serwer nie wysłał listy ustawień publicznych.',
  'The server listed none of these settings publicly.': 'Serwer nie udostępnia publicznie żadnego z tych ustawień.',
  "The server's answer for setting {id} has no value.": 'Odpowiedź serwera dla ustawienia {id} nie zawiera wartości.',
  'The server sent no list of permissions.': 'Serwer nie wysłał listy uprawnień.',
  'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.': 'Żadna rola tego konta ({roles}) nie ma uprawnienia edit-privileged-setting ani manage-selected-settings.',
  'none': 'brak',
  'This account may change only some settings (manage-selected-settings), none of these.': 'To konto może zmieniać tylko niektóre ustawienia (manage-selected-settings), a żadnego z tych.',
  'This account may change only some settings (manage-selected-settings); the others are read-only.': 'To konto może zmieniać tylko niektóre ustawienia (manage-selected-settings); pozostałe są tylko do odczytu.',

  "The server's answer to the {method} call is not a result of it.": 'Odpowiedź serwera na wywołanie {method} nie jest wynikiem tego wywołania.',
  'This account may not change these settings.': 'To konto nie może zmieniać tych ustawień.',
  'This account may not change these settings ({detail}).': 'To konto nie może zmieniać tych ustawień ({detail}).',
  'The server asks to slow down: try again in a few seconds.': 'Serwer prosi o zwolnienie tempa: spróbuj ponownie za kilka sekund.',
  'The server refused a value.': 'Serwer odrzucił wartość.',
  'The server refused a value ({detail}).': 'Serwer odrzucił wartość ({detail}).',
  'This server has no {method} method.': 'Ten serwer nie ma metody {method}.',
  'This server has no {method} method ({detail}).': 'Ten serwer nie ma metody {method} ({detail}).',
  'The server refused the {method} call.': 'Serwer odrzucił wywołanie {method}.',

  'The server asks for two-factor confirmation to save these settings.': 'Serwer wymaga potwierdzenia uwierzytelnianiem dwuskładnikowym, aby zapisać te ustawienia.',
  'That two-factor code was not accepted. Try again.': 'Ten kod uwierzytelniania dwuskładnikowego nie został zaakceptowany. Spróbuj ponownie.',
  'Too many wrong two-factor codes: the server no longer accepts this one.': 'Zbyt wiele błędnych kodów uwierzytelniania dwuskładnikowego: serwer nie akceptuje już tego kodu.',

  'Share / embed': 'Udostępnij / osadź',
  'the Share / embed panel': 'panelu „Udostępnij / osadź”',
  'Close': 'Zamknij',
  'Activity log': 'Dziennik aktywności',
  'Visits chart': 'Wykres wizyt',
  'Analytics settings': 'Ustawienia analityki',
  'Dashboard widget': 'Widżet pulpitu',

  'Widget not found': 'Nie znaleziono widżetu',
  'No widget to show.': 'Brak widżetu do wyświetlenia.',
  'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.': 'Ta strona wyświetla jeden widżet wskazany w jej adresie, np. #widget={example}. Widżety: {widgets}.',
  'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'Nie ma tu widżetu o nazwie „{name}”. Widżety: {widgets}.',
  'The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.': 'Kod widżetu ({widget}) nie został wczytany. Sprawdź, czy pakiety widżetów znajdują się obok tej strony.',

  'This element cannot be shared: only activity-log, visits-chart and analytics-settings can.': 'Tego elementu nie można udostępnić: udostępniać można tylko activity-log, visits-chart i analytics-settings.',
  'Before you share': 'Zanim udostępnisz',
  'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.':
    'Każdy, kto ma udostępniony link lub fragment kodu, może użyć zawartego w nim tokenu. Użyj tokenu tylko do odczytu: tokenu użytkownika Matomo, który ma do tych witryn wyłącznie dostęp „view” (wyświetlanie), nigdy tokenu superużytkownika ani administratora.',
  "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.":
    'Każdy, kto ma udostępniony link lub fragment kodu, może użyć zawartego w nim tokenu. Użyj osobistego tokenu dostępu użytkownika Rocket.Chat bez uprawnień administracyjnych, nigdy tokenu administratora.',
  'No token is included: the widget will show what the anonymous user may view.': 'Nie dołączono tokenu: widżet pokaże to, co może zobaczyć użytkownik anonimowy.',
  'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.': 'Nie dołączono tokenu: Rocket.Chat poprosi oglądającego o zalogowanie się, a widżet o tym poinformuje.',
  'This copy can change settings. Embed it read-only unless the people you share it with should edit.':
    'Przez tę kopię można zmieniać ustawienia. Osadź ją w trybie tylko do odczytu, chyba że osoby, którym ją udostępniasz, mają mieć możliwość edycji.',
  'The server address uses plain http: the token would cross the network unencrypted.': 'Adres serwera używa zwykłego protokołu http: token byłby przesyłany przez sieć bez szyfrowania.',
  'A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.': 'Token Rocket.Chat działa tylko z identyfikatorem swojego użytkownika: wpisz identyfikator użytkownika, do którego należy token.',
  'The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.':
    'Wykres odlicza swoje zakresy wstecz od ustalonego dnia (today="{today}"): udostępniona kopia będzie nadal pokazywać zakresy liczone od tego dnia.',
  "A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.":
    'Token, który nie należy do superużytkownika, pokazuje tylko aktywności własnego użytkownika: z tokenem tylko do odczytu odbiorca zobaczy aktywności tego użytkownika, a nie wszystkich. Podgląd poniżej pokazuje dokładnie to, co zobaczy odbiorca.',
  'Token for the shared copy': 'Token dla udostępnianej kopii',
  'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.':
    'Token Matomo tylko do odczytu (Osobiste > Bezpieczeństwo > Tokeny uwierzytelniające użytkownika z dostępem do wyświetlania). Pozostaw puste, aby użyć dostępu anonimowego.',
  'The personal access token of a Rocket.Chat user without administration rights.': 'Osobisty token dostępu użytkownika Rocket.Chat bez uprawnień administracyjnych.',
  'User id of that token': 'Identyfikator użytkownika tego tokenu',
  'The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.': 'Identyfikator użytkownika, do którego należy ten token (Rocket.Chat wysyła oba). Twój własny identyfikator nigdy nie jest udostępniany.',
  'Share read-only (nothing can be changed through the copy)': 'Udostępnij tylko do odczytu (przez kopię nie można niczego zmienić)',
  'How the shared copy looks': 'Wygląd udostępnianej kopii',
  'Theme': 'Motyw',
  'As the widget here': 'Jak widżet tutaj',
  'Light': 'Jasny',
  'Dark': 'Ciemny',
  "Follow the viewer's system": 'Zgodnie z systemem oglądającego',
  'Background': 'Tło',
  "The widget's": 'Tło widżetu',
  'Transparent': 'Przezroczyste',
  'A colour…': 'Kolor…',
  'Background colour': 'Kolor tła',
  'Language': 'Język',
  'e.g. de, fr-CH': 'np. pl, fr-CH',
  "Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.":
    'Wszystkie słowa, daty i liczby w tym języku (tag BCP 47). Puste: język widżetu, a jeśli go nie ma, język przeglądarki oglądającego.',
  'Compact: the data alone, without the heading, buttons and controls': 'Kompaktowy: same dane, bez nagłówka, przycisków i elementów sterujących',
  'Controls the recipient may use': 'Elementy sterujące dostępne dla odbiorcy',
  'Period': 'Okres',
  'Range': 'Zakres',
  'Metric': 'Wskaźnik',
  'Comparison': 'Porównanie',
  'Annotations': 'Adnotacje',
  'Table view': 'Widok tabeli',
  'Downloads': 'Pobieranie',
  'Where the widget files are hosted': 'Gdzie są hostowane pliki widżetów',
  'Address of the folder holding embed.html and cdn/': 'Adres folderu zawierającego embed.html i cdn/',
  'The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.':
    'Nie udało się ustalić adresu plików widżetów z poziomu tej strony (widżety pochodzą z własnego pakietu). Wpisz adres, pod którym udostępniane są embed.html i cdn/, albo przekaż go stronie za pomocą <meta name="dashboard-widgets-base" content="…">.',
  'Check the token and preview': 'Sprawdź token i pokaż podgląd',
  'Preview what the recipient sees': 'Pokaż, co zobaczy odbiorca',
  'Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.':
    'Podczas pisania nic nie jest wysyłane. Token Matomo jest sprawdzany jednym żądaniem, dopiero gdy żądanie bez tokenu pokaże, że serwer odpowiada: Matomo liczy każdy odrzucony token jako nieudane logowanie.',
  'Checking the token…': 'Sprawdzanie tokenu…',
  'Super user token.': 'Token superużytkownika.',
  'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.':
    'Ten token należy do superużytkownika: każdy, kto ma udostępnioną kopię, mógłby odczytać i zmienić wszystko w tej instancji Matomo. Utwórz token dla użytkownika, który ma tylko dostęp do wyświetlania.',
  "The token was accepted and is not a super user's.": 'Token został zaakceptowany i nie należy do superużytkownika.',
  'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.':
    'Matomo odrzuciło ten token (lub blokuje ten adres po zbyt wielu nieudanych logowaniach). Token został użyty raz i nie zostanie użyty ponownie: sprawdź go, a potem jeszcze raz naciśnij przycisk.',
  'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).':
    'Serwer Matomo nie odpowiedział, więc token nie został wysłany. Sprawdź adres serwera i jego ustawienia CORS (cors_domains).',
  'The token changed since the preview: press the button again to see it with the new token.': 'Token zmienił się od czasu podglądu: naciśnij przycisk jeszcze raz, aby zobaczyć podgląd z nowym tokenem.',
  'Preview: {widget} as the recipient sees it': 'Podgląd: {widget} oczami odbiorcy',
  'Link': 'Link',
  'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.': 'Otwiera widżet na osobnej stronie. Ustawienia są przekazywane po znaku #, który nigdy nie jest wysyłany do serwera.',
  'Iframe': 'Iframe',
  'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.':
    'Do dowolnej strony lub systemu CMS, który akceptuje ramki iframe. Wiersz ze skryptem dopasowuje wysokość ramki do widżetu; to klasyczny skrypt, więc wczytuje się z innej witryny bez żadnego nagłówka CORS.',
  'Script tag': 'Znacznik script',
  'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.':
    'Do strony, którą zarządzasz: widżet staje się częścią strony. Strona wczytuje skrypt modułu z hosta widżetów, więc ten host musi wysyłać nagłówek Access-Control-Allow-Origin dla plików z cdn/ (npm start i publiczne sieci CDN dla npm to robią), a widżet łączy się ze swoim serwerem z tej strony: Matomo musi mieć pochodzenie (origin) strony na liście cors_domains (Rocket.Chat: w ustawieniach CORS). Tło dodaje atrybut style: na stronie, której Content-Security-Policy zabrania stylów inline, ustaw zamiast tego --dw-background w jej arkuszu stylów.',
  'Copy link': 'Kopiuj link',
  'Copy iframe': 'Kopiuj iframe',
  'Copy script tag': 'Kopiuj znacznik script',
  'Copied the link.': 'Skopiowano link.',
  'Copied the iframe.': 'Skopiowano iframe.',
  'Copied the script tag.': 'Skopiowano znacznik script.',
  'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Link jest zaznaczony: naciśnij Ctrl+C (Cmd+C na Macu), aby go skopiować.',
  'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Iframe jest zaznaczony: naciśnij Ctrl+C (Cmd+C na Macu), aby go skopiować.',
  'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.': 'Znacznik script jest zaznaczony: naciśnij Ctrl+C (Cmd+C na Macu), aby go skopiować.',
  '{widget} (Matomo)': '{widget} (Matomo)',
  '{widget} (Matomo, site {site})': '{widget} (Matomo, witryna {site})',
  '{widget} (Matomo, sites {sites})': '{widget} (Matomo, witryny {sites})',
  '{widget} (Matomo, all sites)': '{widget} (Matomo, wszystkie witryny)',
  '{widget} (Rocket.Chat)': '{widget} (Rocket.Chat)',
  'Makes the iframe as tall as its widget (optional).': 'Dopasowuje wysokość ramki iframe do widżetu (opcjonalnie).',

  // The activity log: its pager, and what it shows when nothing matches.
  'Pages': 'Strony',
  'First': 'Pierwsza',
  'Last': 'Ostatnia',
  'Go to…': 'Przejdź do…',
  'Previous': 'Poprzednia',
  'Page {page} of {pages}': 'Strona {page} z {pages}',
  'Page {page}': 'Strona {page}',
  'Next': 'Następna',
  'Rows per page': 'Wierszy na stronę',
  'Clear dates': 'Wyczyść daty',
  'No activities match these filters.': 'Żadna aktywność nie pasuje do tych filtrów.',
  'No activities match these filters among those searched.': 'Żadna z przeszukanych aktywności nie pasuje do tych filtrów.',
  'Clear filters': 'Wyczyść filtry',
  'You have no recorded activities yet.': 'Nie masz jeszcze żadnych zarejestrowanych aktywności.',
  'No activities have been recorded yet.': 'Nie zarejestrowano jeszcze żadnych aktywności.',
} satisfies Messages;
