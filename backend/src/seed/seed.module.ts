import { Module } from '@nestjs/common';
import { ThemesModule } from '../analytics/themes.module';
import { PlacesModule } from '../places/places.module';
import { DistrictsModule } from '../districts/districts.module';
import { UsersModule } from '../users/users.module';
import { BootstrapService } from './bootstrap.service';
import { SeedService } from './seed.service';

@Module({
  imports: [DistrictsModule, UsersModule, ThemesModule, PlacesModule],
  providers: [SeedService, BootstrapService],
  exports: [SeedService],
})
export class SeedModule {}
