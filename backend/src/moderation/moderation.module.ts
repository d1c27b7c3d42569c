import { Module } from '@nestjs/common';
import { ModerateController, ModerationEventsController, ModerationStatsController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { TriageModule } from './triage.module';

@Module({
  imports: [TriageModule],
  controllers: [ModerateController, ModerationEventsController, ModerationStatsController],
  providers: [ModerationService],
})
export class ModerationModule {}
