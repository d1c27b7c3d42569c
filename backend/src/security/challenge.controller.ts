import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Challenge, createChallenge } from './altcha';
import { AppSecret } from './app-secret.service';

export const CHALLENGE_TTL_MS = 20 * 60_000;

@ApiTags('public')
@Public()
@Controller('public/challenge')
export class ChallengeController {
  constructor(
    private readonly secret: AppSecret,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A proof-of-work challenge for the next submission (ALTCHA format); 404 while the operator has not switched it on. */
  @Get()
  @Header('Cache-Control', 'no-store')
  challenge(): Challenge {
    if (!this.config.submissionChallenge) throw new NotFoundException('Submissions need no challenge (SUBMISSION_CHALLENGE is off)');
    return createChallenge(this.secret.keyFor('challenge'), this.config.challengeMaxNumber, Date.now() + CHALLENGE_TTL_MS);
  }
}
