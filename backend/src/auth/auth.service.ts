import { Inject, Injectable, OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UUID } from '../common/list-query';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PublicUser } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { dummyHash, verifyPassword } from './password';

interface TokenPayload {
  sub: string;
  tv: number;
}

const ALGORITHM = 'HS256' as const;

@Injectable()
export class AuthService implements OnModuleInit {
  private secret = '';

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Without JWT_SECRET, one random secret is kept in the database so that every app instance shares it. */
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

  async login(email: string, password: string): Promise<{ token: string; user: PublicUser }> {
    const user = await this.users.findForLogin(email);
    const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
    if (!user || !ok || user.disabled) throw new UnauthorizedException('Email or password is wrong');
    const payload: TokenPayload = { sub: user.id, tv: user.token_version };
    const token = await this.jwt.signAsync(payload, { secret: this.secret, algorithm: ALGORITHM, expiresIn: this.config.tokenTtlSeconds });
    return { token, user: { id: user.id, email: user.email, role: user.role, districtIds: user.district_ids } };
  }

  /** A valid, unexpired token of an enabled user whose token version still matches; otherwise 401. */
  async authenticate(token: string): Promise<PublicUser> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token, { secret: this.secret, algorithms: [ALGORITHM] });
    } catch {
      throw new UnauthorizedException('The token is invalid or expired; please log in again');
    }
    const user = typeof payload.sub === 'string' && UUID.test(payload.sub) ? await this.users.findActive(payload.sub) : undefined;
    if (!user || user.token_version !== payload.tv) throw new UnauthorizedException('The token is no longer valid; please log in again');
    return { id: user.id, email: user.email, role: user.role, districtIds: user.district_ids };
  }
}
