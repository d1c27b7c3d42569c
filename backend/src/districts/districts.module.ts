import { Module } from '@nestjs/common';
import { DistrictsController, PublicDistrictsController } from './districts.controller';
import { DistrictsService } from './districts.service';

@Module({
  controllers: [DistrictsController, PublicDistrictsController],
  providers: [DistrictsService],
  exports: [DistrictsService],
})
export class DistrictsModule {}
