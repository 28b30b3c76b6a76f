import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EmulationGroupEntity } from './emulation-group.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * What a notification is about; the web app words each kind from its catalog and links it to its page.
 * The *_DUE kinds are the scheduler's reminders; the others follow a change someone made.
 */
export const NOTIFICATION_KINDS = [
  'REPORT_DUE',
  'REPORT_RETURNED',
  'RANKING_PUBLISHED',
  'RANKING_APPROVED',
  'RANKING_RETURNED',
  'COVENANT_PUBLISHED',
  'REGISTRATION_DUE',
  'EXPLANATION_OPENED',
  'EXPLANATION_DUE',
  'DOSSIER_DUE',
  'DOSSIER_RETURNED',
  'DECISION_RECORDED',
  'ELECTION_OPENED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The words a notification needs, kept with it so it still reads right after the group is renamed. */
export interface NotificationParams {
  groupCode: string;
  groupName: string;
  year: number;
  periodKind?: 'H1' | 'FY';
  /** The deadline a reminder is about (ISO 8601). */
  deadline?: string;
  /** Whole days left before the deadline when the reminder was sent; 0 at the deadline. */
  daysLeft?: number;
  reason?: string;
}

/** One message to one organization; read by that organization alone, marked read by it. */
@Entity('notification')
@Unique(['organizationId', 'dedupeKey'])
@Index(['organizationId', 'createdAt'])
@Check(`kind IN (${NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', ')}) AND jsonb_typeof(params) = 'object'`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'text' }) kind!: NotificationKind;
  @Column({ type: 'uuid', nullable: true }) groupId!: string | null;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'jsonb' }) params!: NotificationParams;
  /** A reminder is sent once per recipient and key, however often the scheduler runs. */
  @Column({ type: 'text', nullable: true }) dedupeKey!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
