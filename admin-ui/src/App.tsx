import { Admin, LoginWithEmail, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import districts from './districts';
import entries from './entries';
import { i18nProvider } from './i18n';

// The console talks only to our own API (no telemetry, no basemap tiles).
export const App = () => (
    <Admin
        title="Herzensorte"
        disableTelemetry
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginWithEmail}
    >
        <Resource name="entries" {...entries} />
        <Resource name="districts" {...districts} />
    </Admin>
);

export default App;
