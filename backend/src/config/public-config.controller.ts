import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { APP_CONFIG, AppConfig } from './app-config';

@ApiTags('public')
@Public()
@Controller('public/config')
export class PublicConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'What the pages need to know of the server settings: the basemap style (MAP_STYLE_URL), or null for the offline map.' })
  get(): { mapStyleUrl: string | null } {
    return { mapStyleUrl: this.config.mapStyleUrl };
  }
}
