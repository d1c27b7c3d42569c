import { Module } from '@nestjs/common';
import { ModerateController, ModerationEventsController, ModerationStatsController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({
  controllers: [ModerateController, ModerationEventsController, ModerationStatsController],
  providers: [ModerationService],
})
export class ModerationModule {}
