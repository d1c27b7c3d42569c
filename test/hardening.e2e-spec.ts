import { solveChallenge } from '../backend/src/security/altcha';
import { createAccount } from './support/accounts';
import { ADMIN, createTestDatabase, startTestApp, submission, TestApp } from './support/test-app';

const post = (t: TestApp, body: object, forwardedFor?: string) => {
  const req = t.http().post('/api/public/entries');
  if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
  return req.send(body);
};

describe('login throttling', () => {
  // behind a (loopback) proxy, so that each test can come from its own addresses
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: 'loopback' });
  });
  afterAll(() => t.close());
  const loginFrom = (ip: string, body: object) => t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send(body);

  it('after 10 failures for one account answers 429 with Retry-After, even with the right password', async () => {
    const account = await createAccount(t, 'moderator');
    // from ten addresses, so that only the account's limit applies; a success in between gives its attempt back
    for (let i = 0; i < 5; i++) await loginFrom(`203.0.113.${i}`, { email: account.email, password: `wrong-${i}-password` }).expect(401);
    await loginFrom('203.0.113.50', { email: account.email, password: account.password }).expect(200);
    for (let i = 5; i < 10; i++) await loginFrom(`203.0.113.${i}`, { email: account.email, password: `wrong-${i}-password` }).expect(401);
    const locked = await loginFrom('203.0.113.51', { email: account.email.toUpperCase(), password: account.password }).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(locked.body.message).toMatch(/Too many failed logins/);
    // other accounts are not affected by this account's lock
    await loginFrom('203.0.113.52', ADMIN).expect(200);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM security_events WHERE kind = 'login_throttled' AND email = $1`, [account.email]);
    expect(n).toBe(1);
  });

  it('after 10 failures from one address answers 429 for any account from it', async () => {
    const guesses = Array.from({ length: 10 }, (_, i) => loginFrom('198.51.100.9', { email: `guess${i}@test.example`, password: 'password-guess-1' }));
    expect((await Promise.all(guesses)).map((r) => r.status)).toEqual(Array(10).fill(401));
    const blocked = await loginFrom('198.51.100.9', ADMIN).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await loginFrom('198.51.100.10', ADMIN).expect(200);
  });

  it('a burst of parallel guesses cannot slip past the limit', async () => {
    const account = await createAccount(t, 'moderator');
    const burst = await Promise.all(Array.from({ length: 25 }, (_, i) => loginFrom(`192.0.2.${i}`, { email: account.email, password: 'parallel-guess-1' })));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });
});

describe('public endpoint under load', () => {
  it('two app instances on one database share the submission limit', async () => {
    const url = await createTestDatabase();
    const a = await startTestApp({ submissionRateLimit: 3 }, url);
    const b = await startTestApp({ submissionRateLimit: 3 }, url);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await post(i % 2 ? b : a, submission());
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(500);
          expect(res.body.message).toMatch(/at most 3 per 10 minutes/);
        }
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
      const [{ n }] = await a.db(`SELECT count(*)::int AS n FROM entries`);
      expect(n).toBe(3);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('survives a flood from one address with 429s and stores nothing twice', async () => {
    const t = await startTestApp({ submissionRateLimit: 5, publicRateLimit: 60 });
    try {
      const same = submission({ placeName: 'Flutort' });
      const flood = await Promise.all(Array.from({ length: 40 }, () => post(t, same)));
      const statuses = flood.map((r) => r.status);
      expect(statuses.filter((s) => s === 201).length).toBe(5);
      expect(statuses.filter((s) => s === 429).length).toBe(35);
      expect(new Set(flood.filter((r) => r.status === 201).map((r) => r.body.id)).size).toBe(1);
      const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE place_name = 'Flutort'`);
      expect(n).toBe(1);
      // the general request limit (60 per minute; the test app's login and the 40 above count) also covers reads
      const reads = await Promise.all(Array.from({ length: 30 }, () => t.http().get('/api/public/districts')));
      expect(reads.filter((r) => r.status === 200).length).toBe(60 - 41);
      const refused = reads.find((r) => r.status === 429)!;
      expect(refused.body.message).toMatch(/Too many requests from this address/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('takes the client address from X-Forwarded-For only when TRUST_PROXY says so', async () => {
    const url = await createTestDatabase();
    const direct = await startTestApp({ submissionRateLimit: 2 }, url);
    const proxied = await startTestApp({ submissionRateLimit: 2, trustProxy: 'loopback' }, url);
    try {
      const spoofed = [];
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) spoofed.push((await post(direct, submission(), ip)).status);
      expect(spoofed).toEqual([201, 201, 429]);
      const behindProxy = [];
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.1', '192.0.2.1']) behindProxy.push((await post(proxied, submission(), ip)).status);
      expect(behindProxy).toEqual([201, 201, 201, 201, 429]);
    } finally {
      await proxied.close();
      await direct.close();
    }
  });

  it('refuses bodies over 16 KB with 413 and a message, storing nothing', async () => {
    const t = await startTestApp();
    try {
      const res = await post(t, submission({ story: 'x'.repeat(1900), address: 'y'.repeat(15000) })).expect(413);
      expect(res.body).toEqual({ statusCode: 413, message: 'The request body is too large' });
      const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries`);
      expect(n).toBe(0);
      // a long story in many-byte characters still fits
      await post(t, submission({ story: '💖'.repeat(1000) })).expect(201);
    } finally {
      await t.close();
    }
  });
});

describe('proof-of-work challenge (SUBMISSION_CHALLENGE)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ submissionChallenge: true, challengeMaxNumber: 2000 });
  });
  afterAll(() => t.close());

  it('asks for a solved challenge, accepts it once, and names the field otherwise', async () => {
    const missing = await post(t, submission()).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'altcha', message: 'the challenge solution is missing' }]);
    const { body: challenge } = await t.http().get('/api/public/challenge').expect(200);
    expect(challenge).toEqual({ algorithm: 'SHA-256', challenge: expect.stringMatching(/^[0-9a-f]{64}$/), salt: expect.any(String), signature: expect.any(String), maxnumber: 2000 });
    const altcha = solveChallenge(challenge)!;
    await post(t, submission({ altcha })).expect(201);
    const replay = await post(t, submission({ altcha })).expect(400);
    expect(replay.body.message).toMatch(/used already/);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries`);
    expect(n).toBe(1);
  });

  it('is off by default: no challenge, no extra field needed', async () => {
    const off = await startTestApp({}, t.databaseUrl);
    try {
      await off.http().get('/api/public/challenge').expect(404);
      await post(off, submission()).expect(201);
    } finally {
      await off.close();
    }
  });
});

describe('security headers and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      frameAncestors: ['https://www.dortmund.de'],
      corsOrigins: ['https://console.example'],
      mapStyleUrl: 'https://tiles.openfreemap.org/styles/positron',
      mapTileHosts: ['https://tiles.openfreemap.org'],
    });
  });
  afterAll(() => t.close());

  const csp = (res: { headers: Record<string, string> }) =>
    Object.fromEntries(res.headers['content-security-policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

  it('sends CSP, HSTS, nosniff and forbids framing the console and the API', async () => {
    for (const path of ['/', '/api/health', '/api/entries']) {
      const res = await t.http().get(path);
      const policy = csp(res);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['connect-src']).toEqual(["'self'", 'https://tiles.openfreemap.org']);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('lets only FRAME_ANCESTORS embed the public page', async () => {
    const res = await t.http().get('/herzensorte');
    expect(csp(res)['frame-ancestors']).toEqual(['https://www.dortmund.de']);
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('answers CORS only for configured origins', async () => {
    const allowed = await t.http().get('/api/health').set('Origin', 'https://console.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.example');
    expect(allowed.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    const other = await t.http().get('/api/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
