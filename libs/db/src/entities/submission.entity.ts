import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import type { PeriodKind } from './period.entity';

export type SubmissionState = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';

export interface SectionData {
  path: string;
  title: string;
  body: string;
}
export interface IndicatorData {
  key: string;
  label: string;
  value: string | null;
  unit: string | null;
  percentOfPlan: string | null;
  changeVsSamePeriodPercent: string | null;
  /** Source sentence when the indicator was extracted from an imported document. */
  source?: string | null;
  /** "hơn", "gần", "khoảng"… when the report gave an approximate figure. */
  qualifier?: string | null;
  /** False until the member confirms an imported figure. */
  confirmed?: boolean;
}
export interface SelfScoreData {
  criterionId: string;
  points: string;
  count?: number | null;
  note: string | null;
}
export interface SubmissionContent {
  sections: SectionData[];
  indicators: IndicatorData[];
  selfScores: SelfScoreData[];
}

/** One report of an organization for a year and period kind, addressed to one or several groups. */
@Entity('submission')
@Unique(['organizationId', 'year', 'kind'])
@Check(`kind IN ('H1', 'FY') AND state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED') AND version >= 1`)
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text' }) kind!: PeriodKind;
  @Column({ type: 'text', default: 'DRAFT' }) state!: SubmissionState;
  /** Optimistic version: every update must name the version it read. */
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ type: 'jsonb' }) content!: SubmissionContent;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
