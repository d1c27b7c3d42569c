import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

type Directives = Record<string, string[]>;

/** The foreign hosts the pages may load from: the configured basemap style and tiles, nothing else. */
function mapHosts(config: Pick<AppConfig, 'mapStyleUrl' | 'mapTileHosts'>): string[] {
  const hosts = new Set(config.mapTileHosts);
  if (config.mapStyleUrl) hosts.add(new URL(config.mapStyleUrl).origin);
  return [...hosts];
}

/**
 * Pure: the Content-Security-Policy directives. Scripts only from our origin; inline styles are
 * allowed because MUI (emotion) injects them; map workers start from blob: URLs. The console may
 * never be framed; the public page only by the hosts in FRAME_ANCESTORS.
 */
export function cspDirectives(config: Pick<AppConfig, 'mapStyleUrl' | 'mapTileHosts' | 'frameAncestors'>, page: 'console' | 'public'): Directives {
  const map = mapHosts(config);
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...map],
    'font-src': ["'self'", 'data:', ...map],
    'connect-src': ["'self'", ...map],
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': page === 'public' && config.frameAncestors.length ? config.frameAncestors : ["'none'"],
  };
}

function pageHeaders(config: AppConfig, page: 'console' | 'public'): RequestHandler {
  const embeddable = page === 'public' && config.frameAncestors.length > 0;
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config, page) },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    xContentTypeOptions: true,
    // X-Frame-Options knows no allowlist: left out where frame-ancestors allows hosts.
    xFrameOptions: embeddable ? false : { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/** Security headers for every response; the public page gets its own frame-ancestors. */
export function securityHeaders(config: AppConfig, isPublicPage: (path: string) => boolean): RequestHandler {
  const consoleHeaders = pageHeaders(config, 'console');
  const publicHeaders = pageHeaders(config, 'public');
  return (req, res, next) => (isPublicPage(req.path) ? publicHeaders : consoleHeaders)(req, res, next);
}
