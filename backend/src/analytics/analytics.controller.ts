import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { PublicUser } from '../users/user.entity';
import { AnalyticsService } from './analytics.service';

@ApiTags('analytics')
@ApiBearerAuth()
@Roles('admin', 'moderator', 'district_viewer')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('heat')
  @ApiOperation({ summary: 'Entries per H3 cell: `res` 7, 8 (default) or 9, `filter` as for the entry list; a district viewer gets their approved entries only.' })
  heat(@Query() query: Record<string, unknown>, @CurrentUser() user: PublicUser) {
    return this.analytics.heat(query, user);
  }

  @Get('overview')
  @ApiOperation({ summary: 'Dashboard figures: counts by status, entries per district (absolute, per 10,000 residents, per km²), themes, weekly series; `filter` as for the entry list.' })
  overview(@Query() query: Record<string, unknown>, @CurrentUser() user: PublicUser) {
    return this.analytics.overview(query, user);
  }
}
