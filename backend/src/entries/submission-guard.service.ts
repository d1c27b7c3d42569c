import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { verifySolution } from '../security/altcha';
import { AppSecret } from '../security/app-secret.service';
import { RateLimiter, TooManyRequestsException } from '../security/rate-limiter.service';
import { SecurityLog } from '../security/security-log.service';

export const SUBMISSION_WINDOW_SECONDS = 10 * 60;

/**
 * What a public submission passes before it is stored: the proof-of-work challenge (when switched
 * on; each solution works once) and SUBMISSION_RATE_LIMIT per client address per 10 minutes,
 * counted in PostgreSQL so that all app instances share it.
 */
@Injectable()
export class SubmissionGuard {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly secret: AppSecret,
    private readonly log: SecurityLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async admit(ip: string, altcha: string | undefined): Promise<void> {
    if (this.config.submissionChallenge) await this.checkChallenge(altcha);
    const taken = await this.limiter.take([{ bucket: `submissions:${ip}`, max: this.config.submissionRateLimit, windowSeconds: SUBMISSION_WINDOW_SECONDS }]);
    if (!taken.ok) {
      await this.log.record('submission_throttled', { ip });
      throw new TooManyRequestsException(
        `Too many submissions from this address: at most ${this.config.submissionRateLimit} per 10 minutes; try again in ${taken.retryAfterSeconds} s`,
        taken.retryAfterSeconds,
      );
    }
  }

  private async checkChallenge(altcha: string | undefined): Promise<void> {
    const now = Date.now();
    const result = verifySolution(this.secret.keyFor('challenge'), altcha, this.config.challengeMaxNumber, now);
    const refuse = (message: string) => new BadRequestException({ message: `altcha: ${message}`, errors: [{ field: 'altcha', message }] });
    if (!result.ok) throw refuse(result.reason);
    const once = await this.limiter.take([{ bucket: `challenge:${result.challenge}`, max: 1, windowSeconds: Math.ceil((result.expiresAt - now) / 1000) }]);
    if (!once.ok) throw refuse('this challenge was used already; load a new one');
  }
}
