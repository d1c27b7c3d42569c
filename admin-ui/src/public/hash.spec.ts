import { entryLink, formatHash, parseHash } from './hash';

const ID = '3f2b8c1e-7d4a-4e6b-9a0c-1b2d3e4f5a6b';

describe('parseHash', () => {
    it('opens the form by default', () => {
        for (const hash of ['', '#', null, undefined, '#mitmachen', '#submit', '#something-else']) {
            expect(parseHash(hash)).toEqual({ view: 'submit' });
        }
    });

    it('opens one entry', () => {
        expect(parseHash(`#eintrag=${ID}`)).toEqual({ view: 'discover', entryId: ID });
        expect(parseHash(`#entry=${ID}`)).toEqual({ view: 'discover', entryId: ID });
        expect(parseHash(`#EINTRAG=${ID}`)).toEqual({ view: 'discover', entryId: ID });
        expect(parseHash(`eintrag=${encodeURIComponent(ID)}`)).toEqual({ view: 'discover', entryId: ID });
    });

    it('opens the discover view with filters', () => {
        expect(parseHash('#entdecken')).toEqual({ view: 'discover' });
        expect(parseHash('#discover')).toEqual({ view: 'discover' });
        expect(parseHash('#entdecken&bezirk=hoerde&thema=wasser')).toEqual({ view: 'discover', districtId: 'hoerde', theme: 'wasser' });
    });

    it('ignores malformed or hostile values', () => {
        expect(parseHash('#eintrag=')).toEqual({ view: 'submit' });
        expect(parseHash('#eintrag=%E0%A4%A')).toEqual({ view: 'submit' });
        expect(parseHash('#eintrag=<script>')).toEqual({ view: 'submit' });
        expect(parseHash(`#eintrag=${'a'.repeat(101)}`)).toEqual({ view: 'submit' });
        expect(parseHash('#entdecken&bezirk=../../x')).toEqual({ view: 'discover' });
    });
});

describe('formatHash', () => {
    it('round-trips', () => {
        for (const route of [
            { view: 'submit' as const },
            { view: 'discover' as const },
            { view: 'discover' as const, entryId: ID },
            { view: 'discover' as const, districtId: 'hoerde', theme: 'natur' },
        ]) {
            expect(parseHash(formatHash(route))).toEqual(route);
        }
        expect(formatHash({ view: 'discover', entryId: ID })).toBe(`#eintrag=${ID}`);
    });

    it('makes an absolute link to an entry', () => {
        expect(entryLink({ origin: 'https://herzensorte.example', pathname: '/herzensorte' }, ID)).toBe(`https://herzensorte.example/herzensorte#eintrag=${ID}`);
    });
});
