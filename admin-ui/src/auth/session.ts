// The one session of the running console (module state: the access token
// lives in memory only). Specs use createTokenSession directly.

import { browserStorage, removeLegacyToken } from '../authStorage';
import { createTokenSession } from './tokenSession';

if (typeof globalThis.localStorage !== 'undefined') removeLegacyToken(globalThis.localStorage);

export const session = createTokenSession({
    fetch: (input, init) => globalThis.fetch(input, init),
    storage: browserStorage(),
});

export default session;
