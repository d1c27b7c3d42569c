import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The consent text a contact row was given under (the 2026 prize draw); every writer of contacts stores this one. */
export const CONSENT_VERSION = 'prize-draw-2026';

/** Personal contact data, kept apart from entries: never joined into lists, reports, exports or logs. */
@Entity('submitter_contacts')
export class SubmitterContact {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId: string;

  @Column('text')
  email: string;

  @Column('boolean')
  consent: boolean;

  @Column('text', { name: 'consent_version', nullable: true })
  consentVersion: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
