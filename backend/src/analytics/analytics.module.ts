import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsService } from './analytics.service';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';

@Module({ controllers: [AnalyticsController, ReportController], providers: [AnalyticsService, ReportService] })
export class AnalyticsModule {}
