import { Global, Module } from '@nestjs/common';
import { AppSecret } from './app-secret.service';
import { ChallengeController } from './challenge.controller';
import { RateLimiter } from './rate-limiter.service';
import { SecurityLog } from './security-log.service';

@Global()
@Module({
  controllers: [ChallengeController],
  providers: [AppSecret, RateLimiter, SecurityLog],
  exports: [AppSecret, RateLimiter, SecurityLog],
})
export class SecurityModule {}
