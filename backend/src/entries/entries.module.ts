import { Module } from '@nestjs/common';
import { DistrictsModule } from '../districts/districts.module';
import { TriageModule } from '../moderation/triage.module';
import { EntriesController, PublicEntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { SubmissionGuard } from './submission-guard.service';

@Module({
  imports: [DistrictsModule, TriageModule],
  controllers: [EntriesController, PublicEntriesController],
  providers: [EntriesService, SubmissionGuard],
  exports: [EntriesService],
})
export class EntriesModule {}
