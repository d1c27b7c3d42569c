import ModerationIcon from '@mui/icons-material/Gavel';
import { Menu, usePermissions } from 'react-admin';

/** Moderation first; district viewers see neither the queue nor the audit log. */
export const AppMenu = () => {
    const { permissions } = usePermissions();
    const moderates = permissions !== 'district_viewer';
    return (
        <Menu>
            {moderates && (
                <Menu.Item
                    to="/moderation"
                    primaryText="herzensorte.moderation.menu"
                    leftIcon={<ModerationIcon />}
                    data-testid="menu-moderation"
                />
            )}
            <Menu.ResourceItem name="entries" />
            <Menu.ResourceItem name="districts" />
            {moderates && <Menu.ResourceItem name="moderation-events" />}
        </Menu>
    );
};

export default AppMenu;
