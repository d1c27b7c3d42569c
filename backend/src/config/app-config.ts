import { isAbsolute, resolve } from 'node:path';
import { fromBerlin, wallClockMs } from '../common/berlin-time';
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
  /** Requests per client address per minute to the public API and to login (0 = off). */
  publicRateLimit: number;
  /** The proof-of-work challenge on public submissions (off unless switched on). */
  submissionChallenge: boolean;
  challengeMaxNumber: number;
  jwtSecret: string | null;
  /** Lifetime of an access token (at most 15 minutes); the refresh cookie renews it. */
  tokenTtlSeconds: number;
  /** Lifetime of a login session (the refresh cookie). */
  sessionTtlSeconds: number;
  /** Basemap style (issue 5) and tile hosts: the only foreign hosts the CSP allows. */
  mapStyleUrl: string | null;
  mapTileHosts: string[];
  /** Contact data is deleted `retentionDays` after the campaign's end (unset: kept until then). */
  campaignEnd: Date | null;
  retentionDays: number;
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

/**
 * CAMPAIGN_END: a date means the end of that day in Dortmund (23:59:59 Europe/Berlin, summer or winter time);
 * a date-time needs its offset, so that the server's time zone never matters. Invalid → null.
 */
export function parseCampaignEnd(raw: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) {
    const at = new Date(raw);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const wall = day && wallClockMs(Number(day[1]), Number(day[2]), Number(day[3]), 23, 59, 59);
  return typeof wall === 'number' ? new Date(fromBerlin(wall)) : null;
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

  const list = (name: string) => (str(name) ?? '').split(/[\s,]+/).filter(Boolean);
  const origin = (name: string, value: string): string | null => {
    try {
      const u = new URL(value);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.origin;
    } catch {
      // reported below
    }
    problems.push(`${name} must list http(s) URLs or origins like https://tiles.example.org (got "${value}")`);
    return null;
  };
  const mapStyleUrl = str('MAP_STYLE_URL');
  if (mapStyleUrl !== null) origin('MAP_STYLE_URL', mapStyleUrl);
  const mapTileHosts = list('MAP_TILE_HOSTS').map((h) => origin('MAP_TILE_HOSTS', h)).filter((h): h is string => h !== null);
  const campaignEndRaw = str('CAMPAIGN_END');
  const campaignEnd = campaignEndRaw === null ? null : parseCampaignEnd(campaignEndRaw);
  if (campaignEndRaw !== null && campaignEnd === null) {
    problems.push(`CAMPAIGN_END must be a date like 2026-09-30 or a date-time with offset like 2026-09-30T18:00:00+02:00 (got "${campaignEndRaw}")`);
  }
  const frameAncestors = list('FRAME_ANCESTORS');
  for (const host of frameAncestors) {
    if (!/^(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) problems.push(`FRAME_ANCESTORS must list hosts like https://www.dortmund.de (got "${host}")`);
  }

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
    corsOrigins: list('CORS_ORIGINS'),
    submissionRateLimit: int('SUBMISSION_RATE_LIMIT', 5, 0, 1_000_000)!,
    publicRateLimit: int('PUBLIC_RATE_LIMIT', 120, 0, 1_000_000)!,
    submissionChallenge: bool('SUBMISSION_CHALLENGE', false),
    challengeMaxNumber: int('CHALLENGE_MAX_NUMBER', 100_000, 10, 10_000_000)!,
    jwtSecret,
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 900, 30, 900)!,
    sessionTtlSeconds: int('SESSION_TTL_SECONDS', 12 * 3600, 300, 30 * 86400)!,
    mapStyleUrl,
    mapTileHosts,
    campaignEnd,
    retentionDays: int('RETENTION_DAYS', 90, 0, 3650)!,
    uiDist: path(str('UI_DIST') ?? 'admin-ui/dist'),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
