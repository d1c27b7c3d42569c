import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { DistrictsService } from './districts.service';

@ApiTags('districts')
@ApiBearerAuth()
@Controller('districts')
export class DistrictsController {
  constructor(private readonly districts: DistrictsService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, contentRange } = await this.districts.list(query);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.districts.getOne(id);
  }
}

@ApiTags('public')
@Public()
@Controller('public/districts')
export class PublicDistrictsController {
  constructor(private readonly districts: DistrictsService) {}

  @Get()
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  geojson(): string {
    return this.districts.publicGeoJson();
  }
}
