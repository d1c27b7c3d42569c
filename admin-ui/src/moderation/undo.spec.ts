import { undoPlan } from './undo';

describe('undo of a moderation decision', () => {
    it('reopens an approval or rejection from the queue', () => {
        expect(undoPlan({ action: 'approve', fromStatus: 'pending', toStatus: 'approved' })).toEqual({
            steps: [{ action: 'reopen' }],
            restores: true,
        });
        expect(undoPlan({ action: 'reject', fromStatus: 'pending', toStatus: 'rejected', reasonCode: 'advertising' })).toEqual({
            steps: [{ action: 'reopen' }],
            restores: true,
        });
    });

    it('puts an entry that was on hold back on hold', () => {
        expect(undoPlan({ action: 'approve', fromStatus: 'on_hold', toStatus: 'approved' }).steps).toEqual([
            { action: 'reopen' },
            { action: 'hold' },
        ]);
        expect(undoPlan({ action: 'reject', fromStatus: 'on_hold', toStatus: 'rejected', reasonCode: 'other' }).steps).toEqual([
            { action: 'reopen' },
            { action: 'hold' },
        ]);
    });

    it('republishes an entry whose approval was revoked, without passing through other states', () => {
        expect(undoPlan({ action: 'reject', fromStatus: 'approved', toStatus: 'rejected', reasonCode: 'netiquette' }).steps).toEqual([
            { action: 'reopen' },
            { action: 'approve' },
        ]);
    });

    it('undoes a reopen with the reverse decision, re-rejecting with the earlier reason', () => {
        expect(undoPlan({ action: 'reopen', fromStatus: 'approved', toStatus: 'pending' }).steps).toEqual([{ action: 'approve' }]);
        expect(undoPlan({ action: 'reopen', fromStatus: 'rejected', toStatus: 'pending', reasonCode: 'duplicate' }).steps).toEqual([
            { action: 'reject', reasonCode: 'duplicate' },
        ]);
        expect(undoPlan({ action: 'reopen', fromStatus: 'rejected', toStatus: 'pending' }).steps).toEqual([
            { action: 'reject', reasonCode: 'other' },
        ]);
    });

    it('cannot take a hold back, since on_hold → pending is no allowed transition', () => {
        // the only ways out of on_hold approve or reject the entry: never used as a detour
        expect(undoPlan({ action: 'hold', fromStatus: 'pending', toStatus: 'on_hold' })).toEqual({ steps: [], restores: false });
    });
});
