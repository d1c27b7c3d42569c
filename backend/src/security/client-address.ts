import type { Request } from 'express';

/**
 * The client address as Express derives it: the socket's peer, or the X-Forwarded-For entry chosen by
 * the `trust proxy` setting (TRUST_PROXY) when the app runs behind a reverse proxy.
 */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
