import { Module } from '@nestjs/common';
import { DistrictsModule } from '../districts/districts.module';
import { TriageModule } from '../moderation/triage.module';
import { EntriesController, PublicEntriesController } from './entries.controller';
import { EntriesService } from './entries.service';

@Module({
  imports: [DistrictsModule, TriageModule],
  controllers: [EntriesController, PublicEntriesController],
  providers: [EntriesService],
  exports: [EntriesService],
})
export class EntriesModule {}
