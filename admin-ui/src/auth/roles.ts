// What each role may see in the console (the server enforces the same).
// Plain functions, used by App.tsx, the menu and the entry views.

export const isAdmin = (role: unknown): boolean => role === 'admin';

/** Admins and moderators; an unknown role (not logged in yet) may not. */
export const canModerate = (role: unknown): boolean => role === 'admin' || role === 'moderator';

/** Only reads approved entries and their own districts. */
export const isDistrictViewer = (role: unknown): boolean => !canModerate(role);

/** The resources, custom routes and menu items of a role (in menu order). */
export const consoleSections = (role: unknown): string[] => [
    'dashboard',
    ...(canModerate(role) ? ['moderation'] : []),
    'entries',
    'districts',
    ...(canModerate(role) ? ['places', 'themes', 'moderation-events', 'import'] : []),
    ...(isAdmin(role) ? ['users', 'privacy'] : []),
];

/** Deleting a theme of the codebook (moderators edit, only admins delete). */
export const canDeleteThemes = (role: unknown): boolean => isAdmin(role);
