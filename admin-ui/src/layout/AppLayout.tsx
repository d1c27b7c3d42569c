import type { ReactNode } from 'react';
import { AppBar, Layout } from 'react-admin';
import AppMenu from './AppMenu';
import AppUserMenu from './AppUserMenu';

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const AppLayout = ({ children }: { children: ReactNode }) => (
    <Layout menu={AppMenu} appBar={AppAppBar}>
        {children}
    </Layout>
);

export default AppLayout;
