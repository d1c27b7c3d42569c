import { Module } from '@nestjs/common';
import { ThemesModule } from '../analytics/themes.module';
import { PlacesModule } from '../places/places.module';
import { DistrictsModule } from '../districts/districts.module';
import { TriageModule } from '../moderation/triage.module';
import { EntriesController, PublicEntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { SubmissionGuard } from './submission-guard.service';

@Module({
  imports: [DistrictsModule, TriageModule, ThemesModule, PlacesModule],
  controllers: [EntriesController, PublicEntriesController],
  providers: [EntriesService, SubmissionGuard],
  exports: [EntriesService],
})
export class EntriesModule {}
