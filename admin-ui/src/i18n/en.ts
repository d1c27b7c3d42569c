import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';

const messages: TranslationMessages = {
    ...englishMessages,
    resources: {
        entries: {
            name: 'Entry |||| Entries',
            fields: {
                id: 'ID',
                placeName: 'Place',
                story: 'Story',
                address: 'Address',
                lon: 'Longitude',
                lat: 'Latitude',
                districtId: 'District',
                status: 'Status',
                flags: 'Flags',
                themes: 'Themes',
                placeId: 'Place ID',
                channel: 'Channel',
                firstName: 'First name',
                submittedAt: 'Submitted',
                updatedAt: 'Updated',
                version: 'Version',
                q: 'Search',
                submittedFrom: 'Submitted from',
                submittedTo: 'Submitted until',
                flagged: 'Flagged',
            },
        },
        districts: {
            name: 'District |||| Districts',
            fields: {
                id: 'Key',
                nr: 'No.',
                name: 'Name',
                population: 'Population',
                areaKm2: 'Area (km²)',
                counts: {
                    total: 'Entries in all',
                    pending: 'Pending',
                    approved: 'Approved',
                    rejected: 'Rejected',
                    on_hold: 'On hold',
                },
            },
        },
    },
    herzensorte: {
        title: 'Herzensorte – Console',
        auth: {
            too_many_attempts: 'Too many sign-in attempts. Please wait a moment.',
        },
        status: {
            pending: 'Pending',
            approved: 'Approved',
            rejected: 'Rejected',
            on_hold: 'On hold',
        },
        channel: {
            web: 'Web',
            event: 'Event',
            import: 'Import',
        },
        flag: {
            pii_email: 'Email address in text',
            pii_phone: 'Phone number in text',
            pii_iban: 'IBAN in text',
            profanity: 'Profanity',
            spam_link: 'Link / advertising',
            too_short: 'Very short',
            duplicate: 'Possible duplicate',
            outside_city: 'Outside Dortmund',
        },
        theme: {
            natur: 'Nature',
            wasser: 'Water',
            industriekultur: 'Industrial heritage',
            geschichte: 'History',
            kultur: 'Culture',
            sport: 'Sport',
            gastronomie: 'Food and drink',
            erinnerung: 'Memories',
            gemeinschaft: 'Community',
            ruhe: 'Quiet',
            aussicht: 'View',
            einkaufen: 'Shopping',
        },
        entries: {
            no_flags: 'No flags',
            flag_count: '%{smart_count} flag |||| %{smart_count} flags',
            sections: {
                story: 'Story',
                place: 'Place',
                moderation: 'Review',
            },
            version_hint: 'If someone else changed this entry in the meantime, the server refuses the save (conflict). Reload the page then.',
        },
        districts: {
            counts: 'Entries by status',
        },
        map: {
            label: 'Map',
            loading: 'Loading district boundaries …',
            unavailable: 'The district boundaries could not be loaded.',
            pin: 'Marked place',
        },
    },
};

export default messages;
