import { newerRecord, neighbourId, nextAfterDecision, queuePosition, resolveCurrent, visibleIds } from './queue';

const ids = ['a', 'b', 'c', 'd', 'e'];
const none = new Set<string>();

describe('queue navigation', () => {
    it('moves to the next and previous entry and stops at the ends', () => {
        expect(neighbourId(ids, 'b', 1, none)).toBe('c');
        expect(neighbourId(ids, 'b', -1, none)).toBe('a');
        expect(neighbourId(ids, 'e', 1, none)).toBeNull();
        expect(neighbourId(ids, 'a', -1, none)).toBeNull();
    });

    it('skips decided entries and entries claimed by others', () => {
        const skip = new Set(['c', 'd']);
        expect(neighbourId(ids, 'b', 1, skip)).toBe('e');
        expect(neighbourId(ids, 'e', -1, skip)).toBe('b');
        expect(visibleIds(ids, skip)).toEqual(['a', 'b', 'e']);
    });

    it('continues from the old position when the current entry has left the page', () => {
        // 'c' was decided and the refetched page no longer holds it; it was at index 2
        const after = ['a', 'b', 'd', 'e'];
        expect(neighbourId(after, 'c', 1, none, 2)).toBe('d');
        expect(neighbourId(after, 'c', -1, none, 2)).toBe('b');
        expect(neighbourId(after, 'c', 1, none, 9)).toBeNull();
    });

    it('goes on after a decision, or back when the last entry was decided', () => {
        expect(nextAfterDecision(ids, 'b', none)).toBe('c');
        expect(nextAfterDecision(ids, 'e', none)).toBe('d');
        expect(nextAfterDecision(ids, 'e', new Set(['d']))).toBe('c');
        expect(nextAfterDecision(['a'], 'a', none)).toBeNull();
        // an entry brought back by undo, not on the page: go on from where it was
        expect(nextAfterDecision(ids, 'z', none, 3)).toBe('d');
    });

    it('resolves which entry to show after the page changed', () => {
        expect(resolveCurrent(ids, 'c', none, 2)).toBe('c');
        expect(resolveCurrent(ids, 'c', new Set(['c']), 2)).toBe('d');
        expect(resolveCurrent(['a', 'b'], 'c', none, 2)).toBe('b');
        expect(resolveCurrent(ids, null, none, 0)).toBe('a');
        expect(resolveCurrent([], 'c', none, 0)).toBeNull();
        expect(resolveCurrent(['a'], 'a', new Set(['a']), 0)).toBeNull();
        // an entry brought back by undo stays even when it is not on the page
        expect(resolveCurrent(['a', 'b'], 'z', none, 0, 'z')).toBe('z');
    });

    it('tells the position among the visible entries', () => {
        expect(queuePosition(ids, 'c', new Set(['a']))).toEqual({ position: 2, count: 4 });
        expect(queuePosition(ids, 'z', none)).toEqual({ position: 0, count: 5 });
        expect(queuePosition([], null, none)).toEqual({ position: 0, count: 0 });
    });
});

describe('newerRecord', () => {
    it('prefers the copy with the higher version, the list copy on a tie', () => {
        const list = { id: 'a', version: 3, from: 'list' };
        expect(newerRecord(list, { id: 'a', version: 4, from: 'own' })?.from).toBe('own');
        expect(newerRecord(list, { id: 'a', version: 3, from: 'own' })?.from).toBe('list');
        expect(newerRecord(list, { id: 'a', version: 2, from: 'own' })?.from).toBe('list');
        expect(newerRecord(undefined, list)?.from).toBe('list');
        expect(newerRecord(undefined, undefined)).toBeUndefined();
    });
});
