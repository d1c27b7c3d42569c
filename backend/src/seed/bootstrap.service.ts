import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { SeedService } from './seed.service';

/** Start-up tasks after migrations and districts: the configured admin, then demo data on an empty database. */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    private readonly seed: SeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminEmail && this.config.adminPassword) {
      await this.users.ensure(this.config.adminEmail, this.config.adminPassword, 'admin');
    }
    if (this.config.demoData) await this.seed.seedDemoIfEmpty();
  }
}
