import { Module } from '@nestjs/common';
import { DistrictsModule } from '../districts/districts.module';
import { UsersModule } from '../users/users.module';
import { BootstrapService } from './bootstrap.service';
import { SeedService } from './seed.service';

@Module({
  imports: [DistrictsModule, UsersModule],
  providers: [SeedService, BootstrapService],
  exports: [SeedService],
})
export class SeedModule {}
