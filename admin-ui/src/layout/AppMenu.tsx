import ModerationIcon from '@mui/icons-material/Gavel';
import ImportIcon from '@mui/icons-material/UploadFile';
import PrivacyIcon from '@mui/icons-material/PrivacyTip';
import { Menu, usePermissions } from 'react-admin';
import { consoleSections } from '../auth/roles';

/**
 * Übersicht (dashboard) and Moderation first; then what the role may see
 * (auth/roles.ts): admins everything, moderators all but Benutzer and
 * Datenschutz, district viewers the dashboard, Einträge and Stadtbezirke only.
 */
export const AppMenu = () => {
    const { permissions } = usePermissions();
    const sections = consoleSections(permissions);
    return (
        <Menu>
            {sections.includes('dashboard') && <Menu.DashboardItem data-testid="menu-dashboard" />}
            {sections.includes('moderation') && (
                <Menu.Item
                    to="/moderation"
                    primaryText="herzensorte.moderation.menu"
                    leftIcon={<ModerationIcon />}
                    data-testid="menu-moderation"
                />
            )}
            <Menu.ResourceItem name="entries" data-testid="menu-entries" />
            <Menu.ResourceItem name="districts" data-testid="menu-districts" />
            {sections.includes('places') && <Menu.ResourceItem name="places" data-testid="menu-places" />}
            {sections.includes('themes') && <Menu.ResourceItem name="themes" data-testid="menu-themes" />}
            {sections.includes('moderation-events') && (
                <Menu.ResourceItem name="moderation-events" data-testid="menu-moderation-events" />
            )}
            {sections.includes('import') && (
                <Menu.Item to="/import" primaryText="herzensorte.imports.menu" leftIcon={<ImportIcon />} data-testid="menu-import" />
            )}
            {sections.includes('users') && <Menu.ResourceItem name="users" data-testid="menu-users" />}
            {sections.includes('privacy') && (
                <Menu.Item to="/privacy" primaryText="herzensorte.privacy.menu" leftIcon={<PrivacyIcon />} data-testid="menu-privacy" />
            )}
        </Menu>
    );
};

export default AppMenu;
