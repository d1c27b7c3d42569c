import { Admin, Authenticated, CustomRoutes, LoginWithEmail, reactRouterProvider, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import districts from './districts';
import entries from './entries';
import { i18nProvider } from './i18n';
import AppLayout from './layout/AppLayout';
import ModerationView from './moderation/ModerationView';
import moderationEvents from './moderationEvents';

// react-admin's default router; its Route is react-router's, which
// <CustomRoutes> expects (no direct dependency on react-router needed).
const { Route } = reactRouterProvider;

// The console talks only to our own API (no telemetry, no basemap tiles).
export const App = () => (
    <Admin
        title="Herzensorte"
        disableTelemetry
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginWithEmail}
        layout={AppLayout}
    >
        <Resource name="entries" {...entries} />
        <Resource name="districts" {...districts} />
        <Resource name="moderation-events" {...moderationEvents} />
        <CustomRoutes>
            <Route
                path="/moderation"
                element={
                    <Authenticated>
                        <ModerationView />
                    </Authenticated>
                }
            />
        </CustomRoutes>
    </Admin>
);

export default App;
