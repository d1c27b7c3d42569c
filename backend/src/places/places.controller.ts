import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { PlacesService } from './places.service';

export class MergePlacesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  placeIds: string[];
}

export class SplitPlaceDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  entryIds: string[];
}

export class RenamePlaceDto {
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @Allow() id?: unknown;
  @Allow() lon?: unknown;
  @Allow() lat?: unknown;
  @Allow() districtId?: unknown;
  @Allow() entryCount?: unknown;
}

/** Places, for admins and moderators (district viewers see top places in their report). */
@ApiTags('places')
@ApiBearerAuth()
@Controller('places')
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, contentRange } = await this.places.list(query);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.places.getOne(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Renames a place; the other fields are derived from its entries.' })
  rename(@Param('id') id: string, @Body() dto: RenamePlaceDto) {
    return this.places.rename(id, dto.name);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Moves the entries of `placeIds` into this place; the emptied places are deleted.' })
  merge(@Param('id') id: string, @Body() dto: MergePlacesDto) {
    return this.places.merge(id, dto.placeIds);
  }

  @Post(':id/split')
  @HttpCode(200)
  @ApiOperation({ summary: 'Takes `entryIds` out of this place into a new place; answers with the new place.' })
  split(@Param('id') id: string, @Body() dto: SplitPlaceDto) {
    return this.places.split(id, dto.entryIds);
  }
}
