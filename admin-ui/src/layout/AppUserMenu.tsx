import { Box, Chip, Divider, Typography } from '@mui/material';
import { Logout, UserMenu, useGetIdentity, useTranslate } from 'react-admin';

/** Who is logged in, with which role. */
const IdentityHeader = () => {
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    if (!identity) return null;
    const role = typeof identity.role === 'string' ? identity.role : '';
    return (
        <Box sx={{ px: 2, py: 1, minWidth: 220 }} data-testid="user-menu-identity" data-role={role}>
            <Typography variant="caption" color="text.secondary" component="div">
                {translate('herzensorte.user_menu.signed_in_as')}
            </Typography>
            <Typography variant="body2" component="div" data-testid="user-menu-email" sx={{ fontWeight: 500 }}>
                {identity.fullName}
            </Typography>
            {role && (
                <Chip
                    size="small"
                    sx={{ mt: 0.5 }}
                    data-testid="user-menu-role"
                    label={translate(`herzensorte.role.${role}`, { _: role })}
                />
            )}
        </Box>
    );
};

export const AppUserMenu = () => (
    <UserMenu>
        <IdentityHeader />
        <Divider />
        <Logout />
    </UserMenu>
);

export default AppUserMenu;
