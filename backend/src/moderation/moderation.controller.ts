import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import type { PublicUser } from '../users/user.entity';
import { BulkModerateDto, ModerateEntryDto, RedactDto } from './dto/moderate.dto';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('entries')
export class ModerateController {
  constructor(private readonly moderation: ModerationService) {}

  @Post('moderate')
  @HttpCode(200)
  moderateMany(@Body() dto: BulkModerateDto, @CurrentUser() user: PublicUser) {
    return this.moderation.moderateMany(dto, user);
  }

  @Post(':id/claim')
  @HttpCode(200)
  claim(@Param('id') id: string, @CurrentUser() user: PublicUser) {
    return this.moderation.claim(id, user);
  }

  @Delete(':id/claim')
  release(@Param('id') id: string, @CurrentUser() user: PublicUser) {
    return this.moderation.release(id, user);
  }

  @Post(':id/redact')
  @HttpCode(200)
  redact(@Param('id') id: string, @Body() dto: RedactDto, @CurrentUser() user: PublicUser) {
    return this.moderation.redact(id, dto, user);
  }

  @Post(':id/moderate')
  @HttpCode(200)
  moderate(@Param('id') id: string, @Body() dto: ModerateEntryDto, @CurrentUser() user: PublicUser) {
    return this.moderation.moderate(id, dto, user);
  }
}

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('moderation-events')
export class ModerationEventsController {
  constructor(private readonly moderation: ModerationService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, contentRange } = await this.moderation.events(query);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.moderation.event(id);
  }
}

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('moderation')
export class ModerationStatsController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('stats')
  stats() {
    return this.moderation.stats();
  }
}
