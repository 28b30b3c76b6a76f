import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { EvidenceEntity } from './evidence.entity';

/** The bytes of an evidence file, kept apart so listing evidence never reads them. */
@Entity('evidence_content')
export class EvidenceContentEntity {
  @PrimaryColumn({ type: 'uuid' }) evidenceId!: string;
  @OneToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;
  /** Copied from the evidence row so row-level security needs no join. */
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'bytea' }) content!: Buffer;
}
