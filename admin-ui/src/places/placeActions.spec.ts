import { mergePlan, newPlaceId, splitProblem } from './placeActions';

describe('merging places', () => {
    it('merges into the first selected place in the list order', () => {
        expect(mergePlan(['c', 'a'], ['a', 'b', 'c'])).toEqual({ targetId: 'a', placeIds: ['c'] });
        expect(mergePlan(['b', 'c', 'a'], ['a', 'b', 'c'])).toEqual({ targetId: 'a', placeIds: ['b', 'c'] });
    });

    it('takes the place the user picked', () => {
        expect(mergePlan(['a', 'b', 'c'], ['a', 'b', 'c'], 'c')).toEqual({ targetId: 'c', placeIds: ['a', 'b'] });
        expect(mergePlan(['a', 'b'], ['a', 'b'], 'zzz')).toEqual({ targetId: 'a', placeIds: ['b'] });
    });

    it('keeps selected places that are not on the page, after the visible ones', () => {
        expect(mergePlan(['x', 'b'], ['a', 'b'])).toEqual({ targetId: 'b', placeIds: ['x'] });
    });

    it('needs two places', () => {
        expect(mergePlan(['a'], ['a'])).toBeNull();
        expect(mergePlan(['a', 'a'], ['a'])).toBeNull();
        expect(mergePlan([], [])).toBeNull();
    });
});

describe('splitting a place', () => {
    it('needs some but not all entries', () => {
        expect(splitProblem([], ['1', '2'])).toBe('none_selected');
        expect(splitProblem(['1', '2'], ['1', '2'])).toBe('all_selected');
        expect(splitProblem(['1'], ['1', '2'])).toBeNull();
        // more entries than one page shows
        expect(splitProblem(['1', '2'], ['1', '2'], 40)).toBeNull();
    });

    it('finds the new place in the answer', () => {
        expect(newPlaceId({ id: 'p2' })).toBe('p2');
        expect(newPlaceId({ place: { id: 'p3' } })).toBe('p3');
        expect(newPlaceId({ ok: true })).toBeNull();
        expect(newPlaceId(null)).toBeNull();
    });
});
