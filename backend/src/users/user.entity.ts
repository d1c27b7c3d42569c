import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['admin', 'moderator', 'district_viewer'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('text')
  role: Role;

  @Column('text', { name: 'district_ids', array: true })
  districtIds: string[];

  @Column('boolean')
  disabled: boolean;

  @Column('integer', { name: 'token_version' })
  tokenVersion: number;
}

export interface PublicUser {
  id: string;
  email: string;
  role: Role;
  districtIds: string[];
}

export function mapUser(u: User): PublicUser {
  return { id: u.id, email: u.email, role: u.role, districtIds: u.districtIds ?? [] };
}
