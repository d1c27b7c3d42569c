import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/roles.decorator';
import { CreateThemeDto, UpdateThemeDto } from './theme.dto';
import { ThemesService } from './themes.service';

/** The codebook: everybody logged in reads it, admins and moderators edit it, only admins delete. */
@ApiTags('themes')
@ApiBearerAuth()
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Roles('admin', 'moderator', 'district_viewer')
  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, contentRange } = await this.themes.list(query);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Roles('admin', 'moderator', 'district_viewer')
  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.themes.getOne(id);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'A new theme; all entries are re-classified in the background (progress: GET /api/analytics/reclassification).' })
  create(@Body() dto: CreateThemeDto) {
    return this.themes.create({ id: dto.id, label: dto.label, keywords: dto.keywords });
  }

  @Put(':id')
  @ApiOperation({ summary: 'Label and keywords of a theme; all entries are re-classified in the background.' })
  update(@Param('id') id: string, @Body() dto: UpdateThemeDto) {
    return this.themes.update(id, { label: dto.label, keywords: dto.keywords });
  }

  @Roles('admin')
  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.themes.remove(id);
  }
}

@ApiTags('themes')
@ApiBearerAuth()
@Controller('analytics/reclassification')
export class ReclassificationController {
  constructor(private readonly themes: ThemesService) {}

  @Get()
  @ApiOperation({ summary: 'The latest re-classification job: status, total, done.' })
  latest() {
    return this.themes.latestJob();
  }

  @Roles('admin')
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-classifies every entry with the current codebook (e.g. after a bulk load).' })
  async start() {
    this.themes.reclassifyAll();
    return { status: 'started' };
  }
}
