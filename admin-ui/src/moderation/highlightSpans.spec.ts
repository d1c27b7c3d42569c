import { highlightSpans, segmentTitle } from './highlightSpans';

const story = 'Schreibt mir an max@example.org oder ruft 0231 123456 an.';
const email = { code: 'pii_email', detail: 'max@example.org', start: 16, end: 31 };
const phone = { code: 'pii_phone', detail: '0231 123456', start: 42, end: 53 };

describe('highlightSpans', () => {
    it('cuts the story into plain and marked segments that add up to the story', () => {
        const segments = highlightSpans(story, [email, phone]);
        expect(segments.map((s) => [s.text, s.flags.map((f) => f.code)])).toEqual([
            ['Schreibt mir an ', []],
            ['max@example.org', ['pii_email']],
            [' oder ruft ', []],
            ['0231 123456', ['pii_phone']],
            [' an.', []],
        ]);
        expect(segments.map((s) => s.text).join('')).toBe(story);
        expect(segments[1]).toMatchObject({ start: 16, end: 31 });
    });

    it('returns the whole story as one plain segment without usable spans', () => {
        const flags = [
            { code: 'too_short', detail: '12 Zeichen' },
            { code: 'duplicate', detail: 'x', start: null, end: null },
            { code: 'profanity', detail: 'x', start: 5, end: 5 },
            { code: 'profanity', detail: 'x', start: 9, end: 3 },
            { code: 'profanity', detail: 'x', start: 1.5, end: 3 },
        ];
        expect(highlightSpans('Kurz und gut', flags)).toEqual([{ text: 'Kurz und gut', start: 0, end: 12, flags: [] }]);
        expect(highlightSpans('Kurz', undefined)).toEqual([{ text: 'Kurz', start: 0, end: 4, flags: [] }]);
        expect(highlightSpans('', [email])).toEqual([]);
        expect(highlightSpans(null, [email])).toEqual([]);
    });

    it('splits overlapping spans and lists every covering flag', () => {
        const a = { code: 'spam_link', detail: 'www.shop.de', start: 0, end: 6 };
        const b = { code: 'profanity', detail: 'Mist', start: 4, end: 10 };
        const segments = highlightSpans('abcdefghijkl', [a, b]);
        expect(segments.map((s) => [s.text, s.flags.map((f) => f.code)])).toEqual([
            ['abcd', ['spam_link']],
            ['ef', ['spam_link', 'profanity']],
            ['ghij', ['profanity']],
            ['kl', []],
        ]);
        expect(segmentTitle(segments[1])).toBe('www.shop.de; Mist');
    });

    it('clamps spans to the story (a story edited after triage)', () => {
        const segments = highlightSpans('Hallo', [{ code: 'spam_link', detail: 'x', start: 3, end: 99 }]);
        expect(segments.map((s) => s.text)).toEqual(['Hal', 'lo']);
    });

    it('never cuts an emoji in half', () => {
        const text = 'a😀b';
        // offset 2 lies between the two halves of the emoji
        const segments = highlightSpans(text, [{ code: 'profanity', detail: 'x', start: 2, end: 4 }]);
        expect(segments.map((s) => s.text)).toEqual(['a', '😀b']);
    });

    it('falls back to the flag label for a tooltip without detail', () => {
        const [segment] = highlightSpans('abc', [{ code: 'profanity', start: 0, end: 3 }]);
        expect(segmentTitle(segment, (f) => `label:${f.code}`)).toBe('label:profanity');
    });
});
