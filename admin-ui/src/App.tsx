import { lazy, Suspense, type ComponentType } from 'react';
import { Admin, Authenticated, CustomRoutes, Loading, LoginWithEmail, reactRouterProvider, Resource } from 'react-admin';
import { consoleSections } from './auth/roles';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import districts from './districts';
import { entriesFor } from './entries';
import { i18nProvider } from './i18n';
import AppLayout from './layout/AppLayout';
import ModerationView from './moderation/ModerationView';
import moderationEvents from './moderationEvents';
import places from './places';
import themes from './themes';
import users from './users';

// react-admin's default router; its Route is react-router's, which
// <CustomRoutes> expects (no direct dependency on react-router needed).
const { Route } = reactRouterProvider;

// The dashboard and the district report bring recharts (and, through their maps, deck.gl):
// loaded when they are opened, so the entry list and the moderation stay light.
const withSuspense = (Component: ComponentType) => {
    const Suspended = () => (
        <Suspense fallback={<Loading />}>
            <Component />
        </Suspense>
    );
    return Suspended;
};
const Dashboard = withSuspense(lazy(() => import('./dashboard/Dashboard')));
const DistrictReport = withSuspense(lazy(() => import('./districts/DistrictReport')));
const ImportPage = withSuspense(lazy(() => import('./imports/ImportPage')));
const PrivacyPage = withSuspense(lazy(() => import('./privacy/PrivacyPage')));

/** The console's own pages (custom routes), each shown to the roles that have its section. */
const PAGES: { section: string; path: string; Page: ComponentType }[] = [
    { section: 'moderation', path: '/moderation', Page: ModerationView },
    { section: 'import', path: '/import', Page: ImportPage },
    { section: 'privacy', path: '/privacy', Page: PrivacyPage },
];

/**
 * Resources and pages by role (auth/roles.ts; the server enforces the same):
 * admin everything, moderator all but Benutzer (and deleting themes), district
 * viewer the dashboard, Einträge (list + show) and Stadtbezirke with their reports only.
 */
const resourcesFor = (permissions: unknown) => {
    const sections = consoleSections(permissions);
    return (
        <>
            <Resource name="entries" {...entriesFor(permissions)} />
            <Resource name="districts" {...districts}>
                <Route path=":id/report" element={<DistrictReport />} />
            </Resource>
            {sections.includes('places') && <Resource name="places" {...places} />}
            {sections.includes('themes') && <Resource name="themes" {...themes} />}
            {sections.includes('moderation-events') && <Resource name="moderation-events" {...moderationEvents} />}
            {sections.includes('users') && <Resource name="users" {...users} />}
            <CustomRoutes>
                {PAGES.filter((page) => sections.includes(page.section)).map(({ path, Page }) => (
                    <Route
                        key={path}
                        path={path}
                        element={
                            <Authenticated>
                                <Page />
                            </Authenticated>
                        }
                    />
                ))}
            </CustomRoutes>
        </>
    );
};

// The console talks only to our own API (no telemetry); basemap tiles only when the
// server configures a style (GET /api/public/config, allowed by its CSP).
export const App = () => (
    <Admin
        title="Herzensorte"
        disableTelemetry
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginWithEmail}
        layout={AppLayout}
        dashboard={Dashboard}
    >
        {resourcesFor}
    </Admin>
);

export default App;
