import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A self-hosted proof-of-work challenge in the ALTCHA format (no cookies, no third party): the client
 * searches the number n ≤ maxnumber with SHA-256(salt + n) = challenge and sends back
 * base64(JSON {algorithm, challenge, number, salt, signature}). The signature (HMAC of the challenge
 * with a server secret) proves the challenge came from us; the expiry sits in the salt.
 */
export interface Challenge {
  algorithm: 'SHA-256';
  challenge: string;
  salt: string;
  signature: string;
  maxnumber: number;
}

export type VerifyResult = { ok: true; challenge: string; expiresAt: number } | { ok: false; reason: string };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (key: string, s: string) => createHmac('sha256', key).update(s).digest('hex');

export function createChallenge(key: string, maxNumber: number, expiresAt: number, random: () => number = Math.random): Challenge {
  const salt = `${randomBytes(12).toString('hex')}?expires=${Math.floor(expiresAt / 1000)}`;
  const number = Math.floor(random() * (maxNumber + 1));
  const challenge = sha256(salt + number);
  return { algorithm: 'SHA-256', challenge, salt, signature: hmac(key, challenge), maxnumber: maxNumber };
}

function equalHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Checks a solution payload; says why it is refused. Single use is up to the caller (see `expiresAt`). */
export function verifySolution(key: string, payload: unknown, maxNumber: number, now: number): VerifyResult {
  if (typeof payload !== 'string' || payload.length > 2000) return { ok: false, reason: 'the challenge solution is missing' };
  let p: Record<string, unknown>;
  try {
    p = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return { ok: false, reason: 'the challenge solution is not valid' };
  }
  if (!p || typeof p !== 'object') return { ok: false, reason: 'the challenge solution is not valid' };
  const { algorithm, challenge, number, salt, signature } = p;
  if (algorithm !== 'SHA-256' || typeof challenge !== 'string' || typeof salt !== 'string' || typeof signature !== 'string') {
    return { ok: false, reason: 'the challenge solution is not valid' };
  }
  if (!Number.isSafeInteger(number) || (number as number) < 0 || (number as number) > maxNumber) {
    return { ok: false, reason: 'the challenge solution is not valid' };
  }
  const expires = Number(/[?&]expires=(\d+)/.exec(salt)?.[1]);
  if (!Number.isFinite(expires) || expires * 1000 <= now) return { ok: false, reason: 'the challenge has expired; load a new one' };
  if (!equalHex(hmac(key, challenge), signature)) return { ok: false, reason: 'the challenge was not issued by this server' };
  if (!equalHex(sha256(salt + number), challenge)) return { ok: false, reason: 'the challenge solution is wrong' };
  return { ok: true, challenge, expiresAt: expires * 1000 };
}

/** What a client does (used by tests; the public page has its own WebCrypto version). */
export function solveChallenge(c: Challenge): string | null {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (sha256(c.salt + n) === c.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature })).toString('base64');
    }
  }
  return null;
}
