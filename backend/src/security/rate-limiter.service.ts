import { HttpException, HttpStatus, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** At most `max` hits per `bucket` within the last `windowSeconds`; `max` 0 switches the limit off. */
export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

export type Taken = { ok: true; ids: string[] } | { ok: false; bucket: string; retryAfterSeconds: number };

/** 429 with the seconds to wait; the exception filter turns it into a `Retry-After` header. */
export class TooManyRequestsException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** No window is longer than this; older hits are deleted. */
const KEEP_SECONDS = 3600;

/**
 * Sliding-window limits counted in PostgreSQL, so that every app instance shares them.
 * A take is one transaction that locks its buckets (advisory locks), counts the hits in the window
 * and records a new one only when every limit still allows it: exact under concurrency.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(private readonly db: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.prune().catch(() => undefined), 5 * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async take(limits: Limit[]): Promise<Taken> {
    const active = limits.filter((l) => l.max > 0).sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
    if (!active.length) return { ok: true, ids: [] };
    return this.db.transaction(async (tx) => {
      for (const l of active) await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [l.bucket]);
      for (const l of active) {
        const [{ n }] = await tx.query(
          `SELECT count(*)::int AS n FROM rate_limit_hits WHERE bucket = $1 AND at > clock_timestamp() - make_interval(secs => $2)`,
          [l.bucket, l.windowSeconds],
        );
        if (n >= l.max) {
          // The wait until the oldest hit that keeps the count at the limit leaves the window.
          const [{ wait }] = await tx.query(
            `SELECT greatest(1, ceil(extract(epoch FROM at + make_interval(secs => $2) - clock_timestamp())))::int AS wait
               FROM rate_limit_hits WHERE bucket = $1 AND at > clock_timestamp() - make_interval(secs => $2)
              ORDER BY at OFFSET $3 LIMIT 1`,
            [l.bucket, l.windowSeconds, n - l.max],
          );
          return { ok: false as const, bucket: l.bucket, retryAfterSeconds: wait };
        }
      }
      const rows: { id: string }[] = await tx.query(`INSERT INTO rate_limit_hits (bucket) SELECT unnest($1::text[]) RETURNING id`, [
        active.map((l) => l.bucket),
      ]);
      return { ok: true as const, ids: rows.map((r) => String(r.id)) };
    });
  }

  /** Takes one hit of every limit or throws a 429 with `message`. */
  async takeOrThrow(limits: Limit[], message: string): Promise<string[]> {
    const taken = await this.take(limits);
    if (!taken.ok) throw new TooManyRequestsException(`${message}; try again in ${taken.retryAfterSeconds} s`, taken.retryAfterSeconds);
    return taken.ids;
  }

  /** Gives hits back (e.g. a login attempt that turned out right does not count as a failure). */
  async release(ids: string[]): Promise<void> {
    if (ids.length) await this.db.query(`DELETE FROM rate_limit_hits WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_hits WHERE at < clock_timestamp() - make_interval(secs => $1)`, [KEEP_SECONDS]);
  }
}
