import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import type { PublicUser } from '../users/user.entity';
import { CreatePublicEntryDto } from './dto/create-public-entry.dto';
import { UpdateEntryDto } from './dto/update-entry.dto';
import { EntriesService } from './entries.service';

@ApiTags('entries')
@ApiBearerAuth()
@Controller('entries')
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response, @CurrentUser() user: PublicUser) {
    const { rows, contentRange } = await this.entries.list(query, user);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.entries.getOne(id);
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
  constructor(private readonly entries: EntriesService) {}

  @Post()
  @HttpCode(201)
  async submit(@Body() dto: CreatePublicEntryDto) {
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
