import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import type { PublicUser } from '../users/user.entity';
import { DistrictsService } from './districts.service';

@ApiTags('districts')
@ApiBearerAuth()
@Controller('districts')
export class DistrictsController {
  constructor(private readonly districts: DistrictsService) {}

  @Roles('admin', 'moderator', 'district_viewer')
  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response, @CurrentUser() user: PublicUser) {
    const { rows, contentRange } = await this.districts.list(query, user);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Roles('admin', 'moderator', 'district_viewer')
  @Get(':id')
  getOne(@Param('id') id: string, @CurrentUser() user: PublicUser) {
    return this.districts.getOne(id, user);
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
