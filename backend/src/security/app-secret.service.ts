import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The server secret that signs tokens and challenges: JWT_SECRET, or else one random secret kept in
 * the database, so that every app instance shares it. Each use gets its own derived key.
 */
@Injectable()
export class AppSecret implements OnModuleInit {
  private secret = '';

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = this.config.jwtSecret;
      return;
    }
    await this.db.query(`INSERT INTO app_settings (key, value) VALUES ('jwt_secret', $1) ON CONFLICT (key) DO NOTHING`, [
      randomBytes(48).toString('base64url'),
    ]);
    const [row] = await this.db.query(`SELECT value FROM app_settings WHERE key = 'jwt_secret'`);
    this.secret = row.value;
  }

  /** The key for one purpose ('jwt', 'challenge'): a token key never verifies a challenge and vice versa. */
  keyFor(purpose: string): string {
    if (!this.secret) throw new Error('AppSecret used before the module was initialised');
    return createHmac('sha256', this.secret).update(purpose).digest('base64url');
  }
}
