import { canModerate, consoleSections, isAdmin, isDistrictViewer } from './roles';

describe('console sections by role', () => {
    it('gives admins everything', () => {
        expect(consoleSections('admin')).toEqual(['moderation', 'entries', 'districts', 'moderation-events', 'users']);
        expect(isAdmin('admin')).toBe(true);
    });

    it('gives moderators everything but the users', () => {
        expect(consoleSections('moderator')).toEqual(['moderation', 'entries', 'districts', 'moderation-events']);
        expect(canModerate('moderator')).toBe(true);
        expect(isAdmin('moderator')).toBe(false);
    });

    it('gives district viewers (and unknown roles) entries and districts only', () => {
        expect(consoleSections('district_viewer')).toEqual(['entries', 'districts']);
        expect(consoleSections(undefined)).toEqual(['entries', 'districts']);
        expect(isDistrictViewer('district_viewer')).toBe(true);
        expect(isDistrictViewer(undefined)).toBe(true);
        expect(isDistrictViewer('moderator')).toBe(false);
    });
});
