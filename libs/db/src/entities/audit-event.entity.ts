import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only and hash-chained: `seq` is gapless, and each row's hash covers its content, its sequence and the
 * previous row's hash (audit_event_hash in the audit-chain migration).
 */
@Entity('audit_event')
@Index('audit_event_seq', ['seq'], { unique: true })
@Index('audit_event_ranking', ['groupId', 'year', 'periodKind', 'seq'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'text' }) entity!: string;
  @Column({ type: 'text', nullable: true }) entityId!: string | null;
  /** Filled by the audit_event_chain trigger under its lock. */
  @Column({ type: 'bigint' }) seq!: string;
  /** The ranking an event is about (a score, a vote, a return, a publication or review), for its trail. */
  @Column({ type: 'uuid', nullable: true }) groupId!: string | null;
  @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column({ type: 'text', nullable: true }) periodKind!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: unknown;
  @Column({ type: 'jsonb', nullable: true }) after!: unknown;
  @Column({ type: 'text', nullable: true }) prevHash!: string | null;
  /** Filled by the audit_event_chain trigger, which serialises appends. */
  @Column({ type: 'text', default: '' }) hash!: string;
}
