import { Admin, Authenticated, CustomRoutes, LoginWithEmail, reactRouterProvider, Resource } from 'react-admin';
import { consoleSections } from './auth/roles';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import districts from './districts';
import { entriesFor } from './entries';
import { i18nProvider } from './i18n';
import AppLayout from './layout/AppLayout';
import ModerationView from './moderation/ModerationView';
import moderationEvents from './moderationEvents';
import users from './users';

// react-admin's default router; its Route is react-router's, which
// <CustomRoutes> expects (no direct dependency on react-router needed).
const { Route } = reactRouterProvider;

/**
 * Resources and pages by role (auth/roles.ts; the server enforces the same):
 * admin everything, moderator all but Benutzer, district viewer Einträge
 * (list + show) and Stadtbezirke only.
 */
const resourcesFor = (permissions: unknown) => {
    const sections = consoleSections(permissions);
    return (
        <>
            <Resource name="entries" {...entriesFor(permissions)} />
            <Resource name="districts" {...districts} />
            {sections.includes('moderation-events') && <Resource name="moderation-events" {...moderationEvents} />}
            {sections.includes('users') && <Resource name="users" {...users} />}
            {sections.includes('moderation') && (
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
            )}
        </>
    );
};

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
        {resourcesFor}
    </Admin>
);

export default App;
