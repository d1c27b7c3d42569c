// Messages of the public page: German first, English on request. Independent of the console's
// i18n (react-admin's polyglot would pull react-admin into this bundle).

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

export const THEME_KEYS = [
    'natur',
    'wasser',
    'industriekultur',
    'geschichte',
    'kultur',
    'sport',
    'gastronomie',
    'erinnerung',
    'gemeinschaft',
    'ruhe',
    'aussicht',
    'einkaufen',
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

const THEME_LABELS: Record<Lang, Record<ThemeKey, string>> = {
    de: {
        natur: 'Natur',
        wasser: 'Wasser',
        industriekultur: 'Industriekultur',
        geschichte: 'Geschichte',
        kultur: 'Kultur',
        sport: 'Sport',
        gastronomie: 'Gastronomie',
        erinnerung: 'Erinnerung',
        gemeinschaft: 'Gemeinschaft',
        ruhe: 'Ruhe',
        aussicht: 'Aussicht',
        einkaufen: 'Einkaufen',
    },
    en: {
        natur: 'Nature',
        wasser: 'Water',
        industriekultur: 'Industrial heritage',
        geschichte: 'History',
        kultur: 'Culture',
        sport: 'Sport',
        gastronomie: 'Food and drink',
        erinnerung: 'Memories',
        gemeinschaft: 'Community',
        ruhe: 'Peace and quiet',
        aussicht: 'Views',
        einkaufen: 'Shopping',
    },
};

const de = {
    'page.title': 'Herzensorte Dortmund',
    'page.tagline': 'Welcher Ort in Dortmund liegt dir am Herzen? Setz eine Markierung und erzähl uns davon.',
    'page.skip': 'Zum Inhalt springen',
    'nav.label': 'Bereiche',
    'nav.submit': 'Herzensort eintragen',
    'nav.discover': 'Herzensorte entdecken',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch to English',
    'footer.privacy':
        'Wir veröffentlichen nur Ortsname, Geschichte, Vorname und Markierung – erst nach einer Prüfung. Adresse und E-Mail-Adresse bleiben intern.',

    'map.role': 'Karte',
    'map.loading': 'Karte wird geladen …',
    'map.unavailable': 'Die Karte ist gerade nicht verfügbar.',
    'map.zoomIn': 'Karte vergrößern',
    'map.zoomOut': 'Karte verkleinern',

    'submit.heading': 'Herzensort eintragen',
    'submit.where': 'Wo ist dein Herzensort?',
    'submit.mapLabel': 'Karte: Markierung für deinen Herzensort setzen',
    'submit.mapHelp': 'Tippe auf die Karte, um die Markierung zu setzen. Ziehe sie oder tippe erneut, um sie zu verschieben.',
    'submit.mapKeys':
        'Tastatur: Eingabetaste setzt die Markierung in die Kartenmitte, Pfeiltasten verschieben sie (mit Umschalttaste in großen Schritten), + und − zoomen.',
    'submit.myLocation': 'Mein Standort',
    'submit.locating': 'Standort wird ermittelt …',
    'submit.locationDenied': 'Dein Standort konnte nicht ermittelt werden. Setz die Markierung bitte auf der Karte.',
    'submit.noGeolocation': 'Dein Browser kann den Standort nicht ermitteln. Setz die Markierung bitte auf der Karte.',
    'submit.pinNone': 'Noch keine Markierung gesetzt.',
    'submit.pinIn': 'Markierung gesetzt: Stadtbezirk {district}',
    'submit.pinSet': 'Markierung gesetzt',
    'submit.pinOutside': 'Markierung liegt außerhalb Dortmunds.',
    'submit.address': 'Adresse oder Beschreibung der Lage (freiwillig)',
    'submit.addressHelp': 'z. B. Straße, Hausnummer oder „am Eingang zum Westfalenpark“. Wird nicht veröffentlicht.',
    'submit.place': 'Was ist das für ein Ort?',
    'submit.placeName': 'Name des Ortes',
    'submit.placeNameHelp': 'z. B. „Phoenix-See“ oder „Die Bank vor der Bäckerei Schmitz“',
    'submit.story': 'Deine Geschichte',
    'submit.storyHelp':
        'Was macht den Ort für dich besonders? Wie verbringst du dort deine Zeit? Gibt es eine Anekdote, die du mit dem Ort verbindest?',
    'submit.storyPlaceholder':
        'Was macht den Ort besonders? Wie verbringst du dort Zeit? Eine Anekdote …',
    'submit.count': '{count} von {max} Zeichen',
    'submit.about': 'Über dich (freiwillig)',
    'submit.firstName': 'Vorname (wird mit deiner Geschichte gezeigt)',
    'submit.email': 'E-Mail-Adresse für die Verlosung',
    'submit.emailHelp': 'Nur für die Verlosung; wird nicht veröffentlicht und nur mit deiner Einwilligung gespeichert.',
    'submit.consent':
        'Ich möchte an der Verlosung teilnehmen und bin einverstanden, dass meine E-Mail-Adresse dafür gespeichert wird.',
    'submit.honeypot': 'Bitte dieses Feld leer lassen',
    'submit.send': 'Herzensort senden',
    'submit.sending': 'Wird gesendet …',
    'submit.solving': 'Sicherheitsprüfung läuft …',
    'submit.errorSummary': 'Bitte prüfe die markierten Angaben.',
    'submit.thanks': 'Danke! Dein Herzensort erscheint nach der Prüfung.',
    'submit.thanksDetail': 'Wir lesen jede Geschichte, bevor sie auf der Karte erscheint. Das kann ein paar Tage dauern.',
    'submit.another': 'Weiteren Herzensort eintragen',
    'submit.networkError':
        'Senden hat nicht geklappt – keine Verbindung zum Server. Deine Angaben sind noch da; versuch es gleich noch einmal.',
    'submit.serverError': 'Beim Senden ist ein Fehler aufgetreten ({status}). Deine Angaben sind noch da; versuch es bitte später noch einmal.',
    'submit.tooMany': 'Zu viele Einsendungen von diesem Anschluss. Bitte versuch es {when} noch einmal.',
    'submit.tooManyIn': 'in {minutes} Minuten',
    'submit.tooManyInOne': 'in einer Minute',
    'submit.tooManyLater': 'später',
    'submit.challengeFailed': 'Die Sicherheitsprüfung ist fehlgeschlagen. Bitte sende noch einmal.',

    'error.required': 'Bitte ausfüllen.',
    'error.tooLong': 'Höchstens {max} Zeichen (jetzt {count}).',
    'error.tooLongMax': 'Höchstens {max} Zeichen.',
    'error.email': 'Bitte gib eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
    'error.consent': 'Bitte bestätige die Einwilligung – oder lass die E-Mail-Adresse leer.',
    'error.location': 'Bitte setz eine Markierung auf der Karte.',
    'error.outside': 'Dieser Ort liegt nicht in Dortmund. Bitte setz die Markierung innerhalb der Stadtgrenze.',

    'discover.heading': 'Herzensorte entdecken',
    'discover.filters': 'Filter',
    'discover.district': 'Stadtbezirk',
    'discover.allDistricts': 'Alle Stadtbezirke',
    'discover.theme': 'Thema',
    'discover.allThemes': 'Alle Themen',
    'discover.search': 'Suche',
    'discover.reset': 'Filter zurücksetzen',
    'discover.count': '{count} Herzensorte',
    'discover.countOne': '1 Herzensort',
    'discover.countNone': 'Keine Herzensorte gefunden.',
    'discover.loading': 'Herzensorte werden geladen …',
    'discover.loadError': 'Die Herzensorte konnten nicht geladen werden.',
    'discover.retry': 'Erneut versuchen',
    'discover.list': 'Liste der Herzensorte',
    'discover.more': 'Weitere anzeigen ({count} übrig)',
    'discover.mapLabel': 'Karte der Herzensorte; die Liste daneben enthält dieselben Orte.',
    'discover.mapHelp': 'Zahlen auf der Karte fassen nahe Orte zusammen; antippen zum Vergrößern.',
    'discover.by': 'von {name}',
    'discover.back': 'Zurück zur Liste',
    'discover.share': 'Link zu diesem Herzensort',
    'discover.copy': 'Link kopieren',
    'discover.copied': 'Link kopiert.',
    'discover.notFound': 'Diesen Herzensort gibt es (noch) nicht – vielleicht wird er gerade geprüft.',
    'discover.themes': 'Themen',
    'discover.inDistrict': 'Stadtbezirk {district}',
};

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
    'page.title': 'Herzensorte Dortmund – places close to our hearts',
    'page.tagline': 'Which place in Dortmund is close to your heart? Put a pin on the map and tell us about it.',
    'page.skip': 'Skip to content',
    'nav.label': 'Sections',
    'nav.submit': 'Add your place',
    'nav.discover': 'Discover places',
    'lang.switch': 'Deutsch',
    'lang.switchLabel': 'Auf Deutsch umschalten',
    'footer.privacy':
        'We publish only the place name, story, first name and pin – after a review. Address and email stay internal.',

    'map.role': 'map',
    'map.loading': 'Loading map …',
    'map.unavailable': 'The map is not available right now.',
    'map.zoomIn': 'Zoom in',
    'map.zoomOut': 'Zoom out',

    'submit.heading': 'Add your place',
    'submit.where': 'Where is your place?',
    'submit.mapLabel': 'Map: put the pin on your place',
    'submit.mapHelp': 'Tap the map to put the pin. Drag it or tap again to move it.',
    'submit.mapKeys': 'Keyboard: Enter puts the pin in the middle of the map, arrow keys move it (with Shift in large steps), + and − zoom.',
    'submit.myLocation': 'My location',
    'submit.locating': 'Finding your location …',
    'submit.locationDenied': 'Your location could not be determined. Please put the pin on the map.',
    'submit.noGeolocation': 'Your browser cannot determine your location. Please put the pin on the map.',
    'submit.pinNone': 'No pin yet.',
    'submit.pinIn': 'Pin set: district {district}',
    'submit.pinSet': 'Pin set',
    'submit.pinOutside': 'The pin is outside Dortmund.',
    'submit.address': 'Address or description of the spot (optional)',
    'submit.addressHelp': 'e.g. street and number, or “at the entrance to Westfalenpark”. Not published.',
    'submit.place': 'What kind of place is it?',
    'submit.placeName': 'Name of the place',
    'submit.placeNameHelp': 'e.g. “Phoenix-See” or “the bench outside Schmitz bakery”',
    'submit.story': 'Your story',
    'submit.storyHelp':
        'What makes the place special to you? How do you spend your time there? Is there an anecdote you connect with it?',
    'submit.storyPlaceholder': 'What makes it special? How do you spend time there? An anecdote …',
    'submit.count': '{count} of {max} characters',
    'submit.about': 'About you (optional)',
    'submit.firstName': 'First name (shown with your story)',
    'submit.email': 'Email for the prize draw',
    'submit.emailHelp': 'Only for the prize draw; never published, and stored only with your consent.',
    'submit.consent': 'I want to take part in the prize draw and agree that my email address is stored for it.',
    'submit.honeypot': 'Please leave this field empty',
    'submit.send': 'Send my place',
    'submit.sending': 'Sending …',
    'submit.solving': 'Running a security check …',
    'submit.errorSummary': 'Please check the marked fields.',
    'submit.thanks': 'Thank you! Your place will appear after a review.',
    'submit.thanksDetail': 'We read every story before it appears on the map. This can take a few days.',
    'submit.another': 'Add another place',
    'submit.networkError':
        'Sending failed – no connection to the server. Your text is still here; please try again in a moment.',
    'submit.serverError': 'Something went wrong while sending ({status}). Your text is still here; please try again later.',
    'submit.tooMany': 'Too many submissions from this connection. Please try again {when}.',
    'submit.tooManyIn': 'in {minutes} minutes',
    'submit.tooManyInOne': 'in a minute',
    'submit.tooManyLater': 'later',
    'submit.challengeFailed': 'The security check failed. Please send again.',

    'error.required': 'Please fill this in.',
    'error.tooLong': 'At most {max} characters (now {count}).',
    'error.tooLongMax': 'At most {max} characters.',
    'error.email': 'Please enter a valid email address, e.g. name@example.com.',
    'error.consent': 'Please confirm your consent – or leave the email address empty.',
    'error.location': 'Please put a pin on the map.',
    'error.outside': 'This place is not in Dortmund. Please put the pin inside the city boundary.',

    'discover.heading': 'Discover places',
    'discover.filters': 'Filters',
    'discover.district': 'District',
    'discover.allDistricts': 'All districts',
    'discover.theme': 'Theme',
    'discover.allThemes': 'All themes',
    'discover.search': 'Search',
    'discover.reset': 'Reset filters',
    'discover.count': '{count} places',
    'discover.countOne': '1 place',
    'discover.countNone': 'No places found.',
    'discover.loading': 'Loading places …',
    'discover.loadError': 'The places could not be loaded.',
    'discover.retry': 'Try again',
    'discover.list': 'List of places',
    'discover.more': 'Show more ({count} left)',
    'discover.mapLabel': 'Map of the places; the list next to it holds the same places.',
    'discover.mapHelp': 'Numbers on the map group nearby places; tap one to zoom in.',
    'discover.by': 'by {name}',
    'discover.back': 'Back to the list',
    'discover.share': 'Link to this place',
    'discover.copy': 'Copy link',
    'discover.copied': 'Link copied.',
    'discover.notFound': 'This place does not exist (yet) – maybe it is still being reviewed.',
    'discover.themes': 'Themes',
    'discover.inDistrict': 'District {district}',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { de, en };

export type Vars = Record<string, string | number>;

const format = (value: string | number, lang: Lang): string =>
    typeof value === 'number' ? value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') : value;

/** The message in the language, `{name}` placeholders filled in; numbers formatted for the language. */
export const translate = (lang: Lang, key: MessageKey, vars?: Vars): string => {
    const template = MESSAGES[lang]?.[key] ?? de[key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? format(vars[name], lang) : match)) : template;
};

export type Translate = (key: MessageKey, vars?: Vars) => string;
export const translator = (lang: Lang): Translate => (key, vars) => translate(lang, key, vars);

export const isThemeKey = (value: unknown): value is ThemeKey => THEME_KEYS.includes(value as ThemeKey);

/** A theme's label; an unknown key (the codebook can grow) is shown as it is. */
export const themeLabel = (lang: Lang, key: string): string => (isThemeKey(key) ? THEME_LABELS[lang][key] : key);

/** German unless English was chosen before (stored) or asked for in the URL (`?lang=en`). */
export const initialLang = (stored: string | null | undefined, search = ''): Lang => {
    const fromUrl = new URLSearchParams(search).get('lang');
    if (fromUrl === 'en' || fromUrl === 'de') return fromUrl;
    return stored === 'en' ? 'en' : 'de';
};

export const messageKeys = (lang: Lang): string[] => Object.keys(MESSAGES[lang]);
