import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { CreatePublicEntryDto } from './dto/create-public-entry.dto';
import { UpdateEntryDto } from './dto/update-entry.dto';
import { EntriesService } from './entries.service';

@ApiTags('entries')
@ApiBearerAuth()
@Controller('entries')
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, contentRange } = await this.entries.list(query);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.entries.getOne(id);
  }

  @Put(':id')
  update(@Param('id') id: string, @Body() dto: UpdateEntryDto) {
    return this.entries.update(id, dto);
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.entries.remove(id);
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
