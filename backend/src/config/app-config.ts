import { isAbsolute, resolve } from 'node:path';
import { PROJECT_ROOT } from './paths';

/** Every setting of the app, read once from the environment and validated at boot. */
export interface AppConfig {
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number | null;
  districtsGeojson: string;
  adminEmail: string | null;
  adminPassword: string | null;
  demoData: boolean;
  trustProxy: string | null;
  frameAncestors: string[];
  corsOrigins: string[];
  submissionRateLimit: number;
  jwtSecret: string | null;
  tokenTtlSeconds: number;
  uiDist: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment variables:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function path(value: string): string {
  return isAbsolute(value) ? value : resolve(PROJECT_ROOT, value);
}

/** Pure: turns an environment into a config or throws a ConfigError naming every wrong variable. */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const str = (name: string): string | null => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const int = (name: string, def: number | null, min: number, max: number): number | null => {
    const v = str(name);
    if (v === null) return def;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${v}")`);
      return def;
    }
    return Number(v);
  };
  const bool = (name: string, def: boolean): boolean => {
    const v = str(name);
    if (v === null) return def;
    if (/^(true|1|yes|on)$/i.test(v)) return true;
    if (/^(false|0|no|off)$/i.test(v)) return false;
    problems.push(`${name} must be true or false (got "${v}")`);
    return def;
  };

  const databaseUrl = str('DATABASE_URL');
  if (databaseUrl !== null) {
    try {
      const u = new URL(databaseUrl);
      if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error();
    } catch {
      problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
  }
  const adminEmail = str('ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD ?? null;
  if (adminEmail !== null && !EMAIL.test(adminEmail)) problems.push(`ADMIN_EMAIL is not an email address (got "${adminEmail}")`);
  if ((adminEmail === null) !== (adminPassword === null || adminPassword === '')) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminPassword && adminPassword.length < 12) problems.push('ADMIN_PASSWORD must have at least 12 characters');

  const jwtSecret = str('JWT_SECRET');
  if (jwtSecret !== null && jwtSecret.length < 32) problems.push('JWT_SECRET must have at least 32 characters');

  const ttl = str('TOKEN_TTL_SECONDS');
  const frameAncestors = (str('FRAME_ANCESTORS') ?? '').split(/[\s,]+/).filter(Boolean);

  const config: AppConfig = {
    port: int('PORT', 3000, 0, 65535)!,
    databaseUrl,
    dataDir: path(str('DATA_DIR') ?? '.data'),
    embeddedPgPort: int('EMBEDDED_PG_PORT', null, 1024, 65535),
    districtsGeojson: path(str('DISTRICTS_GEOJSON') ?? '../shared/data/dortmund/stadtbezirke.geojson'),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword: adminPassword || null,
    demoData: bool('DEMO_DATA', databaseUrl === null),
    trustProxy: str('TRUST_PROXY'),
    frameAncestors,
    corsOrigins: (str('CORS_ORIGINS') ?? '').split(/[\s,]+/).filter(Boolean),
    submissionRateLimit: int('SUBMISSION_RATE_LIMIT', 5, 0, 1_000_000)!,
    jwtSecret,
    tokenTtlSeconds: ttl === null ? 8 * 3600 : (int('TOKEN_TTL_SECONDS', 8 * 3600, 60, 30 * 86400) as number),
    uiDist: path(str('UI_DIST') ?? 'admin-ui/dist'),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
