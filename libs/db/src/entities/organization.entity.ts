import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

export const ORGANIZATION_KINDS = ['DEPARTMENT', 'AWARD_BOARD', 'PLATFORM'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity('organization')
@Check(`kind IN ('DEPARTMENT', 'AWARD_BOARD', 'PLATFORM')`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: OrganizationKind;
  @Column({ type: 'text', nullable: true }) province!: string | null;
  /** Set when the organization was merged into another (the 2025 province mergers). */
  @Column({ type: 'uuid', nullable: true }) successorId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'successor_id' })
  successor?: OrganizationEntity;
  @Column({ type: 'date', nullable: true }) mergedOn!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
