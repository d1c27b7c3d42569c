import { canDeleteThemes, canModerate, consoleSections, isAdmin, isDistrictViewer } from './roles';

describe('console sections by role', () => {
    it('gives admins everything', () => {
        expect(consoleSections('admin')).toEqual([
            'dashboard',
            'moderation',
            'entries',
            'districts',
            'places',
            'themes',
            'moderation-events',
            'import',
            'users',
            'privacy',
        ]);
        expect(isAdmin('admin')).toBe(true);
        expect(canDeleteThemes('admin')).toBe(true);
    });

    it('gives moderators everything but the users and the privacy requests', () => {
        expect(consoleSections('moderator')).toEqual(['dashboard', 'moderation', 'entries', 'districts', 'places', 'themes', 'moderation-events', 'import']);
        expect(consoleSections('moderator')).not.toContain('privacy');
        expect(canModerate('moderator')).toBe(true);
        expect(canDeleteThemes('moderator')).toBe(false);
        expect(isAdmin('moderator')).toBe(false);
    });

    it('gives district viewers (and unknown roles) the dashboard, entries and districts only', () => {
        expect(consoleSections('district_viewer')).toEqual(['dashboard', 'entries', 'districts']);
        expect(consoleSections(undefined)).toEqual(['dashboard', 'entries', 'districts']);
        expect(consoleSections('district_viewer')).not.toContain('import');
        expect(canDeleteThemes('district_viewer')).toBe(false);
        expect(isDistrictViewer('district_viewer')).toBe(true);
        expect(isDistrictViewer(undefined)).toBe(true);
        expect(isDistrictViewer('moderator')).toBe(false);
    });
});
