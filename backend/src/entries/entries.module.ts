import { Module } from '@nestjs/common';
import { DistrictsModule } from '../districts/districts.module';
import { EntriesController, PublicEntriesController } from './entries.controller';
import { EntriesService } from './entries.service';

@Module({
  imports: [DistrictsModule],
  controllers: [EntriesController, PublicEntriesController],
  providers: [EntriesService],
  exports: [EntriesService],
})
export class EntriesModule {}
