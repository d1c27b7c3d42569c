import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import type { PublicUser } from '../users/user.entity';
import { CreatePublicEntryDto } from './dto/create-public-entry.dto';
import { UpdateEntryDto } from './dto/update-entry.dto';
import { EntriesService } from './entries.service';
import { SubmissionGuard } from './submission-guard.service';
import { clientAddress } from '../security/client-address';

@ApiTags('entries')
@ApiBearerAuth()
@Controller('entries')
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Roles('admin', 'moderator', 'district_viewer')
  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response, @CurrentUser() user: PublicUser) {
    const { rows, contentRange } = await this.entries.list(query, user);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Roles('admin', 'moderator', 'district_viewer')
  @Get(':id')
  getOne(@Param('id') id: string, @CurrentUser() user: PublicUser) {
    return this.entries.getOne(id, user);
  }

  @Put(':id')
  update(@Param('id') id: string, @Body() dto: UpdateEntryDto, @CurrentUser() user: PublicUser) {
    return this.entries.update(id, dto, user);
  }

  @Delete(':id')
  remove(@Param('id') id: string, @CurrentUser() user: PublicUser) {
    return this.entries.remove(id, user);
  }
}

@ApiTags('public')
@Public()
@Controller('public/entries')
export class PublicEntriesController {
  constructor(
    private readonly entries: EntriesService,
    private readonly guard: SubmissionGuard,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Submit a place. 429 with Retry-After beyond SUBMISSION_RATE_LIMIT per address per 10 minutes. With SUBMISSION_CHALLENGE on, `altcha` must carry a solved challenge from GET /api/public/challenge. The same submission sent again within a day answers with the stored entry instead of storing it twice.',
  })
  async submit(@Body() dto: CreatePublicEntryDto, @Req() req: Request) {
    await this.guard.admit(clientAddress(req), dto.altcha);
    if (dto.website) {
      // Honeypot filled: answer like a success so the bot learns nothing, store nothing.
      return { id: randomUUID(), status: 'pending', districtId: this.entries.locate(dto.lon, dto.lat).districtId };
    }
    return this.entries.submit(dto);
  }

  @Get()
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  geojson(): Promise<string> {
    return this.entries.publicGeoJson();
  }
}
