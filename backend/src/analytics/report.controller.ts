import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { PublicUser } from '../users/user.entity';
import { ReportService } from './report.service';

@ApiTags('districts')
@ApiBearerAuth()
@Controller('districts')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Roles('admin', 'moderator', 'district_viewer')
  @Get(':id/report')
  @ApiOperation({
    summary:
      'The district report: counts by status, approved entries per 10,000 residents and per km², theme shares with lift against the city and significance (two-proportion z-test, Benjamini–Hochberg), distinctive words (log-odds, informative Dirichlet prior), top places, weekly series, quotes. For district viewers, figures from fewer than 5 entries are null and listed in `withheld`.',
  })
  report(@Param('id') id: string, @CurrentUser() user: PublicUser) {
    return this.reports.report(id, user);
  }
}
