import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from './analytics/analytics.module';
import { ThemesModule } from './analytics/themes.module';
import { PlacesModule } from './places/places.module';
import { ExportsModule } from './exports/exports.module';
import { PrivacyModule } from './privacy/privacy.module';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DistrictsModule } from './districts/districts.module';
import { EntriesModule } from './entries/entries.module';
import { ImportsModule } from './imports/imports.module';
import { HealthController } from './health/health.controller';
import { ModerationModule } from './moderation/moderation.module';
import { SecurityModule } from './security/security.module';
import { SeedModule } from './seed/seed.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  /** Migrations run when the data source starts, before any module touches a table. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: true }),
        SecurityModule,
        DistrictsModule,
        EntriesModule,
        ModerationModule,
        UsersModule,
        AuthModule,
        ThemesModule,
        AnalyticsModule,
        PlacesModule,
        ExportsModule,
        PrivacyModule,
        SeedModule,
        ImportsModule,
      ],
      controllers: [HealthController],
    };
  }
}
