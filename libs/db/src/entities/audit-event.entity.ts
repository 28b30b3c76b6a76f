import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only and hash-chained: each row's hash covers its content and the previous row's hash. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'text' }) entity!: string;
  @Column({ type: 'text', nullable: true }) entityId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: unknown;
  @Column({ type: 'jsonb', nullable: true }) after!: unknown;
  @Column({ type: 'text', nullable: true }) prevHash!: string | null;
  /** Filled by the audit_event_chain trigger, which serialises appends. */
  @Column({ type: 'text', default: '' }) hash!: string;
}
