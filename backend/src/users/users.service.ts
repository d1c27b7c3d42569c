import { ConflictException, HttpException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { contentRange, escapeLike, filterTypes, ListSpec, parseListQuery, toSql, UUID } from '../common/list-query';
import { SecurityLog } from '../security/security-log.service';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { changedFields, districtProblem, RuleProblem, sessionEffect, updateProblem, UserState } from './user-rules';
import { PublicUser, Role, ROLES } from './user.entity';

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  districtIds: string[];
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

export const USER_LIST: ListSpec = {
  resource: 'users',
  sort: { email: 'u.email', role: 'u.role', disabled: 'u.disabled', createdAt: 'u.created_at', lastLoginAt: 'u.last_login_at', id: 'u.id' },
  defaultSort: ['email', 'ASC'],
  tieBreaker: 'u.id',
  filters: {
    id: { parse: filterTypes.ids('uuid'), where: (v, bind) => `u.id = ANY(${bind(v)}::uuid[])` },
    q: { parse: filterTypes.text(), where: (v, bind) => `u.email ILIKE ${bind(`%${escapeLike(v)}%`)}` },
    role: { parse: filterTypes.oneOf(ROLES), where: (v, bind) => `u.role = ANY(${bind(v)}::text[])` },
    disabled: { parse: filterTypes.boolean(), where: (v, bind) => `u.disabled = ${bind(v)}` },
    districtId: { parse: filterTypes.ids('slug'), where: (v, bind) => `u.district_ids && ${bind(v)}::text[]` },
  },
};

/** Never the password hash. */
const USER_COLUMNS = `u.id, u.email, u.role, u.district_ids, u.disabled, u.created_at, u.updated_at, u.last_login_at`;

function mapUserRow(r: any): UserRecord {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    districtIds: r.district_ids,
    disabled: r.disabled,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
  };
}

function refuse(problem: RuleProblem): HttpException {
  return new HttpException({ message: problem.message, errors: [{ field: problem.field, message: problem.message }] }, problem.status);
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly db: DataSource,
    private readonly log: SecurityLog,
  ) {}

  /** Creates the account, or resets its password, role and districts and enables it (ADMIN_EMAIL, demo users). */
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

  async list(query: Record<string, unknown>): Promise<{ rows: UserRecord[]; contentRange: string }> {
    const q = parseListQuery(query, USER_LIST);
    const sql = toSql(USER_LIST, q);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`, sql.params),
      this.db.query(`SELECT count(*)::int AS total FROM users u WHERE ${sql.where}`, sql.params),
    ]);
    return { rows: rows.map(mapUserRow), contentRange: contentRange('users', q.offset, rows.length, total) };
  }

  async getOne(id: string, db: EntityManager | DataSource = this.db, lock = false): Promise<UserRecord> {
    const [row] = UUID.test(id) ? await db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]) : [];
    if (!row) throw new NotFoundException(`User "${id}" not found`);
    return mapUserRow(row);
  }

  async create(dto: CreateUserDto, actor: PublicUser, ip: string): Promise<UserRecord> {
    const email = dto.email.trim().toLowerCase();
    const problem = districtProblem(dto.role, dto.districtIds, await this.districtIds());
    if (problem) throw refuse(problem);
    const hash = await hashPassword(dto.password);
    const [row] = await this.db.query(
      `INSERT INTO users (email, password_hash, role, district_ids) VALUES ($1, $2, $3, $4)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [email, hash, dto.role, dto.districtIds],
    );
    if (!row) throw this.emailTaken(email);
    await this.log.record('user_created', { userId: actor.id, email: actor.email, ip, detail: { targetId: row.id, targetEmail: email, role: dto.role, districtIds: dto.districtIds } });
    return this.getOne(row.id);
  }

  /**
   * Applies a whole record under a row lock. Token version and sessions change in the same
   * transaction, so a role change, disabling or a new password takes effect with the next request.
   */
  async update(id: string, dto: UpdateUserDto, actor: PublicUser, ip: string): Promise<UserRecord> {
    const known = await this.districtIds();
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    const { record, fields } = await this.db.transaction(async (tx) => {
      const before: UserState = await this.getOne(id, tx, true);
      const after: UserState = { id, email: dto.email.trim().toLowerCase(), role: dto.role, districtIds: dto.districtIds, disabled: dto.disabled };
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1`, [id]);
      const problem = districtProblem(after.role, after.districtIds, known) ?? updateProblem(actor.id, before, after, n);
      if (problem) throw refuse(problem);
      if (after.email !== before.email) {
        const [taken] = await tx.query(`SELECT 1 FROM users WHERE lower(email) = $1 AND id <> $2`, [after.email, id]);
        if (taken) throw this.emailTaken(after.email);
      }
      const effect = sessionEffect(before, after, passwordHash !== null);
      await tx.query(
        `UPDATE users SET email = $2, role = $3, district_ids = $4, disabled = $5, password_hash = coalesce($6, password_hash),
                token_version = token_version + $7, updated_at = now()
          WHERE id = $1`,
        [id, after.email, after.role, after.districtIds, after.disabled, passwordHash, effect.bumpTokenVersion ? 1 : 0],
      );
      if (effect.endSessions) await tx.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      return { record: await this.getOne(id, tx), fields: changedFields(before, after, passwordHash !== null) };
    });
    if (fields.length) {
      await this.log.record('user_updated', { userId: actor.id, email: actor.email, ip, detail: { targetId: id, targetEmail: record.email, changed: fields } });
    }
    return record;
  }

  private async districtIds(): Promise<string[]> {
    return (await this.db.query(`SELECT id FROM districts`)).map((r: { id: string }) => r.id);
  }

  private emailTaken(email: string): ConflictException {
    const message = `A user with the email ${email} exists already`;
    return new ConflictException({ message, errors: [{ field: 'email', message }] });
  }
}

