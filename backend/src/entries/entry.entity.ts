import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export const ENTRY_STATUSES = ['pending', 'approved', 'rejected', 'on_hold'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_CHANNELS = ['web', 'event', 'import'] as const;
export type EntryChannel = (typeof ENTRY_CHANNELS)[number];

export interface Flag {
  code: string;
  detail: string;
}

@Entity('entries')
export class Entry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'place_name' })
  placeName: string;

  @Column('text')
  story: string;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('double precision')
  lon: number;

  @Column('double precision')
  lat: number;

  @Column('text', { name: 'district_id' })
  districtId: string;

  @Column('text', { name: 'h3_r7' })
  h3r7: string;

  @Column('text', { name: 'h3_r8' })
  h3r8: string;

  @Column('text', { name: 'h3_r9' })
  h3r9: string;

  @Column('text')
  status: EntryStatus;

  @Column('jsonb')
  flags: Flag[];

  @Column('text', { array: true })
  themes: string[];

  @Column('uuid', { name: 'place_id', nullable: true })
  placeId: string | null;

  @Column('text')
  channel: EntryChannel;

  @Column('text', { name: 'first_name', nullable: true })
  firstName: string | null;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
