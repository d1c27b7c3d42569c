import { createHmac } from 'node:crypto';
import type { TestApp } from './test-app';

export type TestRole = 'admin' | 'moderator' | 'district_viewer';

export interface Account {
  id: string;
  email: string;
  password: string;
  token: string;
  /** The refresh cookie as the browser would send it back (`name=value`). */
  cookie: string;
}

/** Creates a user through the users API (as the suite's admin) and logs them in. */
export async function createAccount(t: TestApp, role: TestRole, districtIds: string[] = [], email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.example`): Promise<Account> {
  const password = `${role}-password-2026`;
  const created = await t.http().post('/api/users').set('Authorization', `Bearer ${t.token}`).send({ email, password, role, districtIds });
  if (created.status !== 201) throw new Error(`creating ${email}: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, ...(await login(t, email, password)) };
}

export async function login(t: TestApp, email: string, password: string): Promise<{ email: string; password: string; token: string; cookie: string }> {
  const res = await t.http().post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return { email, password, token: res.body.token, cookie: refreshCookie(res.headers['set-cookie']) };
}

/** `name=value` of the refresh cookie in a Set-Cookie header. */
export function refreshCookie(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((c) => c.startsWith('herzensorte_refresh='));
  if (!header) throw new Error('no refresh cookie set');
  return header.split(';')[0];
}

/** Signs a JWT by hand (any algorithm name, any payload), for forged-token tests. */
export function signJwt(header: object, payload: object, key: string, hash: 'sha256' | 'sha512' = 'sha256'): string {
  const head = Buffer.from(JSON.stringify(header)).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac(hash, key).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

/** The token key the app derives from its stored secret (see AppSecret.keyFor). */
export async function tokenKey(t: TestApp): Promise<string> {
  const [{ value }] = await t.db(`SELECT value FROM app_settings WHERE key = 'jwt_secret'`);
  return createHmac('sha256', value).update('jwt').digest('base64url');
}
