import { Module } from '@nestjs/common';
import { ThemesModule } from '../analytics/themes.module';
import { DistrictsModule } from '../districts/districts.module';
import { PlacesModule } from '../places/places.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [DistrictsModule, ThemesModule, PlacesModule],
  controllers: [ImportsController],
  providers: [ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
