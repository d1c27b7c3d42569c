import { allowedActions, canModerate, isQueueStatus, needsReason, targetStatus } from './transitions';

describe('moderation transitions', () => {
    it('offers exactly the transitions the API allows', () => {
        expect(allowedActions('pending')).toEqual(['approve', 'reject', 'hold']);
        expect(allowedActions('on_hold')).toEqual(['approve', 'reject']);
        expect(allowedActions('approved')).toEqual(['reject', 'reopen']);
        expect(allowedActions('rejected')).toEqual(['reopen']);
    });

    it('names the status an action leads to', () => {
        expect(targetStatus('pending', 'approve')).toBe('approved');
        expect(targetStatus('on_hold', 'reject')).toBe('rejected');
        expect(targetStatus('pending', 'hold')).toBe('on_hold');
        expect(targetStatus('rejected', 'reopen')).toBe('pending');
        expect(targetStatus('approved', 'reject')).toBe('rejected');
    });

    it('refuses what the server would answer with 422', () => {
        expect(targetStatus('on_hold', 'hold')).toBeNull();
        expect(targetStatus('pending', 'reopen')).toBeNull();
        expect(targetStatus('rejected', 'approve')).toBeNull();
        expect(canModerate('approved', 'approve')).toBe(false);
        expect(canModerate(undefined, 'approve')).toBe(false);
        expect(allowedActions(null)).toEqual([]);
    });

    it('requires a reason only to reject', () => {
        expect(needsReason('reject')).toBe(true);
        expect(needsReason('approve')).toBe(false);
        expect(needsReason('hold')).toBe(false);
    });

    it('knows which statuses wait in the queue', () => {
        expect(isQueueStatus('pending')).toBe(true);
        expect(isQueueStatus('on_hold')).toBe(true);
        expect(isQueueStatus('approved')).toBe(false);
        expect(isQueueStatus(undefined)).toBe(false);
    });
});
