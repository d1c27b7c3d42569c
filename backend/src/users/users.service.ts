import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { Role } from './user.entity';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(private readonly db: DataSource) {}

  /** Creates the account, or resets its password, role and districts and enables it. */
  async ensure(email: string, password: string, role: Role, districtIds: string[] = []): Promise<void> {
    const hash = await hashPassword(password);
    await this.db.query(
      `INSERT INTO users (email, password_hash, role, district_ids) VALUES ($1, $2, $3, $4)
       ON CONFLICT ((lower(email))) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
         district_ids = EXCLUDED.district_ids, disabled = false, token_version = users.token_version + 1, updated_at = now()`,
      [email.toLowerCase(), hash, role, districtIds],
    );
    this.logger.log(`Ensured ${role} account ${email}`);
  }

  async findForLogin(email: string) {
    const [row] = await this.db.query(
      `SELECT id, email, password_hash, role, district_ids, disabled, token_version FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return row as
      | { id: string; email: string; password_hash: string; role: Role; district_ids: string[]; disabled: boolean; token_version: number }
      | undefined;
  }

  async findActive(id: string) {
    const [row] = await this.db.query(`SELECT id, email, role, district_ids, token_version FROM users WHERE id = $1 AND NOT disabled`, [id]);
    return row as { id: string; email: string; role: Role; district_ids: string[]; token_version: number } | undefined;
  }
}
