import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { PublicUser } from '../users/user.entity';
import { ExportsService } from './exports.service';

@ApiTags('exports')
@ApiBearerAuth()
@Roles('admin', 'moderator', 'district_viewer')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('entries.csv')
  @ApiOperation({ summary: 'Entries as CSV (UTF-8 with BOM, `;` and decimal commas; `delimiter=,` for decimal points), streamed, with the list `filter` and role scoping; formula-like cells neutralised; no contact data.' })
  entriesCsv(@Query() query: Record<string, unknown>, @CurrentUser() user: PublicUser, @Res() res: Response) {
    return this.exports.entriesCsv(query, user, res);
  }

  @Get('entries.geojson')
  @ApiOperation({ summary: 'Entries as an RFC 7946 FeatureCollection of points, streamed, with the list `filter` and role scoping; no contact data.' })
  entriesGeoJson(@Query() query: Record<string, unknown>, @CurrentUser() user: PublicUser, @Res() res: Response) {
    return this.exports.entriesGeoJson(query, user, res);
  }

  @Get('districts.csv')
  @ApiOperation({ summary: 'District figures as CSV for choropleths.' })
  districtsCsv(@Query() query: Record<string, unknown>, @CurrentUser() user: PublicUser, @Res() res: Response) {
    return this.exports.districtsCsv(query, user, res);
  }

  @Get('districts.geojson')
  @ApiOperation({ summary: 'District polygons with their figures (RFC 7946), for QGIS.' })
  districtsGeoJson(@CurrentUser() user: PublicUser, @Res() res: Response) {
    return this.exports.districtsGeoJson(user, res);
  }
}
