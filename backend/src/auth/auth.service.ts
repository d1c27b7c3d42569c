import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UUID } from '../common/list-query';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppSecret } from '../security/app-secret.service';
import { RateLimiter, TooManyRequestsException } from '../security/rate-limiter.service';
import { SecurityLog } from '../security/security-log.service';
import { PublicUser, Role } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { dummyHash, verifyPassword } from './password';

interface TokenPayload {
  sub: string;
  /** the user's token version: a role change or disabling ends every token at once */
  tv: number;
  /** the login session: logout ends its tokens at once */
  sid: string;
}

export interface AuthenticatedUser extends PublicUser {
  sessionId: string;
}

export interface Session {
  token: string;
  expiresIn: number;
  user: PublicUser;
  /** Value of the refresh cookie: `<session id>.<secret>`; only the secret's SHA-256 is stored. */
  refresh: string;
}

/** The only signing algorithm accepted; `none` and every other algorithm are refused. */
const ALGORITHM = 'HS256' as const;
export const LOGIN_FAILURES = { max: 10, windowSeconds: 15 * 60 };
/** A refresh with the token just replaced still works this long (two tabs refreshing at once). */
const ROTATION_GRACE_SECONDS = 30;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sameHash(a: string | null, b: string): boolean {
  return !!a && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Splits a refresh cookie value; anything malformed is null. */
export function parseRefresh(value: string | undefined): { sessionId: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  return match && UUID.test(match[1]) ? { sessionId: match[1], secret: match[2] } : null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly db: DataSource,
    private readonly secret: AppSecret,
    private readonly limiter: RateLimiter,
    private readonly log: SecurityLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Each attempt first takes a hit of the per-account and per-address failure limits (so parallel
   * guessing cannot slip past them); a successful login gives its hits back.
   */
  async login(email: string, password: string, ip: string): Promise<Session> {
    const normalized = email.trim().toLowerCase();
    const taken = await this.limiter.take([
      { bucket: `login-account:${normalized}`, ...LOGIN_FAILURES },
      { bucket: `login-address:${ip}`, ...LOGIN_FAILURES },
    ]);
    if (!taken.ok) {
      await this.log.record('login_throttled', { email: normalized, ip, detail: { by: taken.bucket.split(':')[0] } });
      throw new TooManyRequestsException(`Too many failed logins; try again in ${taken.retryAfterSeconds} s`, taken.retryAfterSeconds);
    }
    const user = await this.users.findForLogin(normalized);
    const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
    if (!user || !ok || user.disabled) {
      await this.log.record('login_failed', { userId: user?.id, email: normalized, ip, detail: { reason: !user ? 'unknown_account' : user.disabled && ok ? 'disabled' : 'wrong_password' } });
      throw new UnauthorizedException('Email or password is wrong');
    }
    await this.limiter.release(taken.ids);
    const secret = randomBytes(32).toString('base64url');
    const [session] = await this.db.query(
      `INSERT INTO auth_sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id`,
      [user.id, sha256(secret), this.config.sessionTtlSeconds],
    );
    await this.db.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
    await this.log.record('login_succeeded', { userId: user.id, email: user.email, ip });
    const publicUser = { id: user.id, email: user.email, role: user.role, districtIds: user.district_ids };
    return this.issue(publicUser, user.token_version, session.id, secret);
  }

  /** A new access token (and a rotated refresh secret) for a live session of an enabled user. */
  async refresh(cookie: string | undefined, ip: string): Promise<Session> {
    const parsed = parseRefresh(cookie);
    const refused = async (reason: string) => {
      await this.log.record('refresh_refused', { ip, detail: { reason } });
      return new UnauthorizedException('The login session has ended; please log in again');
    };
    if (!parsed) throw await refused(cookie ? 'malformed' : 'no_cookie');
    const outcome = await this.db.transaction(async (tx): Promise<Session | string> => {
      const [row] = await tx.query(
        `SELECT s.id, s.token_hash, s.previous_hash, s.rotated_at > now() - make_interval(secs => $2) AS in_grace,
                s.revoked_at IS NULL AND s.expires_at > now() AS live,
                u.id AS user_id, u.email, u.role, u.district_ids, u.token_version, u.disabled
           FROM auth_sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 FOR UPDATE OF s`,
        [parsed.sessionId, ROTATION_GRACE_SECONDS],
      );
      if (!row || !row.live || row.disabled) return !row ? 'unknown_session' : row.disabled ? 'disabled' : 'ended';
      const hash = sha256(parsed.secret);
      if (!sameHash(row.token_hash, hash) && !(row.in_grace && sameHash(row.previous_hash, hash))) {
        // An old refresh secret used again: someone may have copied the cookie. End the session (committed).
        await tx.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1`, [row.id]);
        return 'reused';
      }
      const secret = randomBytes(32).toString('base64url');
      await tx.query(
        `UPDATE auth_sessions SET previous_hash = token_hash, token_hash = $2, rotated_at = now(), last_used_at = now() WHERE id = $1`,
        [row.id, sha256(secret)],
      );
      const user = { id: row.user_id, email: row.email, role: row.role as Role, districtIds: row.district_ids };
      return this.issue(user, row.token_version, row.id, secret);
    });
    if (typeof outcome === 'string') throw await refused(outcome);
    return outcome;
  }

  /** Ends the session of the refresh cookie or of the bearer token, whichever is given. */
  async logout(cookie: string | undefined, bearer: string | undefined, ip: string): Promise<void> {
    const fromCookie = parseRefresh(cookie);
    let sessionId: string | null = null;
    if (fromCookie) {
      const [row] = await this.db.query(`SELECT token_hash, previous_hash FROM auth_sessions WHERE id = $1`, [fromCookie.sessionId]);
      const hash = sha256(fromCookie.secret);
      if (row && (sameHash(row.token_hash, hash) || sameHash(row.previous_hash, hash))) sessionId = fromCookie.sessionId;
    }
    if (!sessionId && bearer) sessionId = (await this.verify(bearer).catch(() => null))?.sid ?? null;
    if (!sessionId) return;
    const [row] = await this.db.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING user_id`, [sessionId]);
    if (row) await this.log.record('logout', { userId: row.user_id, ip });
  }

  /** A valid, unexpired HS256 token of a live session of an enabled user whose token version still matches; otherwise 401. */
  async authenticate(token: string): Promise<AuthenticatedUser> {
    const payload = await this.verify(token);
    const [row] =
      typeof payload.sub === 'string' && UUID.test(payload.sub) && typeof payload.sid === 'string' && UUID.test(payload.sid)
        ? await this.db.query(
            `SELECT u.id, u.email, u.role, u.district_ids, u.token_version
               FROM users u JOIN auth_sessions s ON s.user_id = u.id
              WHERE u.id = $1 AND s.id = $2 AND NOT u.disabled AND s.revoked_at IS NULL AND s.expires_at > now()`,
            [payload.sub, payload.sid],
          )
        : [];
    if (!row || row.token_version !== payload.tv) throw new UnauthorizedException('The token is no longer valid; please log in again');
    return { id: row.id, email: row.email, role: row.role, districtIds: row.district_ids, sessionId: payload.sid };
  }

  private async verify(token: string): Promise<TokenPayload> {
    try {
      return await this.jwt.verifyAsync<TokenPayload>(token, { secret: this.secret.keyFor('jwt'), algorithms: [ALGORITHM] });
    } catch {
      throw new UnauthorizedException('The token is invalid or expired; please log in again');
    }
  }

  private async issue(user: PublicUser, tokenVersion: number, sessionId: string, secret: string): Promise<Session> {
    const payload: TokenPayload = { sub: user.id, tv: tokenVersion, sid: sessionId };
    const token = await this.jwt.signAsync(payload, { secret: this.secret.keyFor('jwt'), algorithm: ALGORITHM, expiresIn: this.config.tokenTtlSeconds });
    return { token, expiresIn: this.config.tokenTtlSeconds, user, refresh: `${sessionId}.${secret}` };
  }
}
