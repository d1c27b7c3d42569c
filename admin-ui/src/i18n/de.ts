import type { TranslationMessages } from 'react-admin';
import raGerman from './raGerman';

const germanMessages: TranslationMessages = {
    ...raGerman,
    resources: {
        entries: {
            name: 'Eintrag |||| Einträge',
            fields: {
                id: 'ID',
                placeName: 'Ort',
                story: 'Geschichte',
                address: 'Adresse',
                lon: 'Längengrad',
                lat: 'Breitengrad',
                districtId: 'Stadtbezirk',
                status: 'Status',
                flags: 'Hinweise',
                themes: 'Themen',
                placeId: 'Ort-ID',
                channel: 'Kanal',
                firstName: 'Vorname',
                submittedAt: 'Eingereicht am',
                updatedAt: 'Geändert am',
                version: 'Version',
                q: 'Suche',
                submittedFrom: 'Eingereicht ab',
                submittedTo: 'Eingereicht bis',
                flagged: 'Mit Hinweisen',
            },
        },
        districts: {
            name: 'Stadtbezirk |||| Stadtbezirke',
            fields: {
                id: 'Kennung',
                nr: 'Nr.',
                name: 'Name',
                population: 'Einwohner',
                areaKm2: 'Fläche (km²)',
                counts: {
                    total: 'Einträge gesamt',
                    pending: 'Offen',
                    approved: 'Freigegeben',
                    rejected: 'Abgelehnt',
                    on_hold: 'Zurückgestellt',
                },
            },
        },
    },
    herzensorte: {
        title: 'Herzensorte – Konsole',
        auth: {
            too_many_attempts: 'Zu viele Anmeldeversuche. Bitte warten Sie einen Moment.',
        },
        status: {
            pending: 'Offen',
            approved: 'Freigegeben',
            rejected: 'Abgelehnt',
            on_hold: 'Zurückgestellt',
        },
        channel: {
            web: 'Web',
            event: 'Veranstaltung',
            import: 'Import',
        },
        flag: {
            pii_email: 'E-Mail-Adresse im Text',
            pii_phone: 'Telefonnummer im Text',
            pii_iban: 'IBAN im Text',
            profanity: 'Anstößige Sprache',
            spam_link: 'Link / Werbung',
            too_short: 'Sehr kurz',
            duplicate: 'Mögliches Duplikat',
            outside_city: 'Außerhalb Dortmunds',
        },
        theme: {
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
        entries: {
            no_flags: 'Keine Hinweise',
            flag_count: '%{smart_count} Hinweis |||| %{smart_count} Hinweise',
            sections: {
                story: 'Geschichte',
                place: 'Ort',
                moderation: 'Prüfung',
            },
            version_hint: 'Wurde der Eintrag inzwischen von jemand anderem geändert, lehnt der Server das Speichern ab (Konflikt). Laden Sie die Seite dann neu.',
        },
        districts: {
            counts: 'Einträge nach Status',
        },
        map: {
            label: 'Karte',
            loading: 'Bezirksgrenzen werden geladen …',
            unavailable: 'Die Bezirksgrenzen konnten nicht geladen werden.',
            pin: 'Markierter Ort',
        },
    },
};

export default germanMessages;
