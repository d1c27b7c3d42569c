import { Account, createAccount } from './support/accounts';
import { PLACES, startTestApp, submission, TestApp } from './support/test-app';

type Role = 'admin' | 'moderator' | 'district_viewer';
const ROLES: Role[] = ['admin', 'moderator', 'district_viewer'];

/**
 * Who may call each route of the application. `public` routes answer without a token (with the
 * status given for an empty request); every other route needs a token (401 without) and one of the
 * listed roles (403 for the others). A route the router has and this table does not fails the test.
 */
const RULES: Record<string, Role[] | { public: number }> = {
  'GET /api/health': { public: 200 },
  'GET /api/docs': { public: 200 },
  'GET /api/docs-json': { public: 200 },
  'GET /api/docs-yaml': { public: 200 },
  // Swagger UI's own files
  'GET /api/docs/': { public: 200 },
  'GET /api/docs/index.html': { public: 200 },
  'GET /api/docs/LICENSE': { public: 404 },
  'GET /api/docs/swagger-ui-init.js': { public: 200 },
  'GET /api/docs/docs/swagger-ui-init.js': { public: 200 },
  'POST /api/auth/login': { public: 400 },
  'POST /api/auth/refresh': { public: 401 },
  'POST /api/auth/logout': { public: 204 },
  'GET /api/auth/me': ['admin', 'moderator', 'district_viewer'],
  'GET /api/public/entries': { public: 200 },
  'POST /api/public/entries': { public: 400 },
  'GET /api/public/districts': { public: 200 },
  'GET /api/public/challenge': { public: 404 },
  'GET /api/entries': ['admin', 'moderator', 'district_viewer'],
  'GET /api/entries/:id': ['admin', 'moderator', 'district_viewer'],
  'PUT /api/entries/:id': ['admin', 'moderator'],
  'DELETE /api/entries/:id': ['admin', 'moderator'],
  'POST /api/entries/moderate': ['admin', 'moderator'],
  'POST /api/entries/:id/moderate': ['admin', 'moderator'],
  'POST /api/entries/:id/claim': ['admin', 'moderator'],
  'DELETE /api/entries/:id/claim': ['admin', 'moderator'],
  'POST /api/entries/:id/redact': ['admin', 'moderator'],
  'GET /api/moderation-events': ['admin', 'moderator'],
  'GET /api/moderation-events/:id': ['admin', 'moderator'],
  'GET /api/moderation/stats': ['admin', 'moderator'],
  'GET /api/districts': ['admin', 'moderator', 'district_viewer'],
  'GET /api/districts/:id': ['admin', 'moderator', 'district_viewer'],
  'GET /api/districts/:id/report': ['admin', 'moderator', 'district_viewer'],
  'GET /api/analytics/heat': ['admin', 'moderator', 'district_viewer'],
  'GET /api/analytics/overview': ['admin', 'moderator', 'district_viewer'],
  'GET /api/public/config': { public: 200 },
  'GET /api/themes': ['admin', 'moderator', 'district_viewer'],
  'GET /api/themes/:id': ['admin', 'moderator', 'district_viewer'],
  'POST /api/themes': ['admin', 'moderator'],
  'PUT /api/themes/:id': ['admin', 'moderator'],
  'DELETE /api/themes/:id': ['admin'],
  'GET /api/analytics/reclassification': ['admin', 'moderator'],
  'POST /api/analytics/reclassification': ['admin'],
  'GET /api/places': ['admin', 'moderator'],
  'GET /api/places/:id': ['admin', 'moderator'],
  'PUT /api/places/:id': ['admin', 'moderator'],
  'POST /api/places/:id/merge': ['admin', 'moderator'],
  'POST /api/places/:id/split': ['admin', 'moderator'],
  'GET /api/exports/entries.csv': ['admin', 'moderator', 'district_viewer'],
  'GET /api/exports/entries.geojson': ['admin', 'moderator', 'district_viewer'],
  'GET /api/exports/districts.csv': ['admin', 'moderator', 'district_viewer'],
  'GET /api/exports/districts.geojson': ['admin', 'moderator', 'district_viewer'],
  'POST /api/imports': ['admin', 'moderator'],
  'POST /api/privacy/erasure': ['admin'],
  'POST /api/privacy/access': ['admin'],
  'GET /api/users': ['admin'],
  'GET /api/users/:id': ['admin'],
  'POST /api/users': ['admin'],
  'PUT /api/users/:id': ['admin'],
};

/** Every route of the Express router the app built (method and path), Nest's and Swagger's alike. */
function routesOf(t: TestApp): string[] {
  const router = t.app.getHttpAdapter().getInstance().router;
  const routes = new Set<string>();
  for (const layer of router.stack as { route?: { path: unknown; methods: Record<string, boolean> } }[]) {
    if (!layer.route || typeof layer.route.path !== 'string' || !layer.route.path.startsWith('/api')) continue;
    for (const method of Object.keys(layer.route.methods)) {
      if (method !== '_all') routes.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...routes].sort();
}

describe('role × route matrix', () => {
  let t: TestApp;
  const tokens: Partial<Record<Role, string>> = {};
  let ownEntry: string; // approved, in the district viewer's district
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp();
    tokens.admin = t.token;
    const accounts: Record<Exclude<Role, 'admin'>, Account> = {
      moderator: await createAccount(t, 'moderator'),
      district_viewer: await createAccount(t, 'district_viewer', ['hoerde']),
    };
    tokens.moderator = accounts.moderator.token;
    tokens.district_viewer = accounts.district_viewer.token;
    ownEntry = (await t.http().post('/api/public/entries').send(submission(PLACES.phoenixSee)).expect(201)).body.id;
    await t.http().post(`/api/entries/${ownEntry}/moderate`).set('Authorization', `Bearer ${t.token}`).send({ action: 'approve', version: 1 }).expect(200);
    [{ id: eventId }] = await t.db(`SELECT id::text FROM moderation_events LIMIT 1`);
  });
  afterAll(() => t.close());

  /** A concrete path for a route pattern; routes that destroy what they touch get a fresh entry each time. */
  async function concrete(route: string): Promise<string> {
    const [method, pattern] = route.split(' ');
    let entryId = ownEntry;
    if (method === 'DELETE' && pattern === '/api/entries/:id') {
      entryId = (await t.http().post('/api/public/entries').send(submission(PLACES.phoenixSee)).expect(201)).body.id;
    }
    const [{ id: userId }] = await t.db(`SELECT id FROM users ORDER BY created_at LIMIT 1`);
    const [{ place_id: placeId }] = await t.db(`SELECT place_id FROM entries WHERE id = $1`, [ownEntry]);
    return pattern
      .replace(/^\/api\/entries\/:id/, `/api/entries/${entryId}`)
      .replace('/api/districts/:id', '/api/districts/hoerde')
      .replace('/api/moderation-events/:id', `/api/moderation-events/${eventId}`)
      .replace('/api/users/:id', `/api/users/${userId}`)
      .replace('/api/places/:id', `/api/places/${placeId}`)
      .replace('/api/themes/:id', method === 'DELETE' ? '/api/themes/no-such-theme' : '/api/themes/natur');
  }

  function call(method: string, path: string, token?: string) {
    const req = (t.http() as any)[method.toLowerCase()](path);
    if (token) req.set('Authorization', `Bearer ${token}`);
    return method === 'GET' || method === 'DELETE' ? req : req.send({});
  }

  it('has a rule for every route of the router, and no rule for a route that does not exist', () => {
    const routes = routesOf(t);
    const withoutRule = routes.filter((r) => !(r in RULES));
    const withoutRoute = Object.keys(RULES).filter((r) => !routes.includes(r));
    expect({ withoutRule, withoutRoute }).toEqual({ withoutRule: [], withoutRoute: [] });
  });

  it('answers every route, for nobody and for each role, as the rules say', async () => {
    const outcomes: string[] = [];
    const problems: string[] = [];
    // logout last: it ends the session of the token it is called with
    const routes = Object.keys(RULES).sort((a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')));
    for (const route of routes) {
      const rule = RULES[route];
      const method = route.split(' ')[0];
      const anonymous = await call(method, await concrete(route));
      const expectedAnonymous = Array.isArray(rule) ? 401 : rule.public;
      if (anonymous.status !== expectedAnonymous) problems.push(`${route} without token: ${anonymous.status}, expected ${expectedAnonymous}`);
      if (!Array.isArray(rule)) continue;
      for (const role of ROLES) {
        const res = await call(method, await concrete(route), tokens[role]);
        const allowed = rule.includes(role);
        outcomes.push(`${route} ${role} ${res.status}`);
        if (!allowed && res.status !== 403) problems.push(`${route} as ${role}: ${res.status}, expected 403`);
        if (allowed && (res.status === 401 || res.status === 403 || res.status >= 500)) problems.push(`${route} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
        if (allowed && method === 'GET' && res.status !== 200) problems.push(`${route} as ${role}: ${res.status}, expected 200`);
      }
    }
    expect(problems).toEqual([]);
    expect(outcomes.length).toBe(Object.values(RULES).filter(Array.isArray).length * ROLES.length);
  });
});
