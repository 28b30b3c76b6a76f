import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PeriodScopedColumns } from './period-scoped.columns';

export type DossierState = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'REJECTED';

/** Số, ngày, người ký of a document the head attaches (the cover letter, the minutes). */
export interface AttachedDocumentHeader {
  number: string;
  date: string;
  signerName: string;
  signerTitle: string;
}

/**
 * An award dossier (hồ sơ đề nghị khen thưởng, GLOSSARY.md): one proposed award of one member in a period
 * whose ranking the board approved. The head attaches the cover letter (tờ trình) and the minutes and submits
 * it to the board by the deadline; the board accepts it, returns it for completion or rejects it.
 */
@Entity('dossier')
@Unique(['periodId', 'awardId', 'memberId'])
@Check(`state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REJECTED')`)
export class DossierEntity extends PeriodScopedColumns {
  @Column({ type: 'text' }) awardId!: string;
  /** As the regulation named it when the dossier opened. */
  @Column({ type: 'text' }) awardTitle!: string;
  @Column({ type: 'uuid' }) memberId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: OrganizationEntity;
  @Column({ type: 'text', default: 'DRAFT' }) state!: DossierState;
  /** Submissions to the board are taken until then (set by the head when it opens the dossiers). */
  @Column({ type: 'timestamptz' }) deadline!: Date;
  @Column({ type: 'jsonb', nullable: true }) coverLetter!: AttachedDocumentHeader | null;
  @Column({ type: 'jsonb', nullable: true }) minutes!: AttachedDocumentHeader | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  /** The board's reason when it returns or rejects the dossier. */
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @OneToOne(() => AchievementReportEntity, (r) => r.dossier)
  report?: AchievementReportEntity | null;
}

/** One figure of the achievement report's table: a label and its value as the member states it. */
export interface AchievementFigure {
  label: string;
  value: string;
}

/** The form of the achievement report (báo cáo thành tích), prefilled from the FY report and the ranking. */
export interface AchievementForm {
  /** Sơ lược đặc điểm, tình hình của đơn vị. */
  introduction: string;
  /** Thành tích đạt được. */
  achievements: string;
  figures: AchievementFigure[];
  rank: number;
  total: string;
  /** Danh hiệu thi đua, hình thức khen thưởng đã đạt. */
  titles: string[];
  signerTitle: string;
  signerName: string;
}

/**
 * The member's achievement report of a dossier: the form it fills in, or the file it uploads (or both: the
 * file then goes into the archive beside the documents generated from the form). Written by the member alone.
 */
@Entity('achievement_report')
@Check(`octet_length(file_content) <= 10485760`)
export class AchievementReportEntity extends PeriodScopedColumns {
  @Column({ type: 'uuid' }) dossierId!: string;
  @OneToOne(() => DossierEntity, (d) => d.report, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;
  @Column({ type: 'uuid' }) memberId!: string;
  @Column({ type: 'jsonb', nullable: true }) form!: AchievementForm | null;
  @Column({ type: 'text', nullable: true }) fileName!: string | null;
  @Column({ type: 'bytea', nullable: true, select: false }) fileContent!: Buffer | null;
  @Column({ type: 'uuid' }) updatedByUserId!: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** One award the decision grants: to which member, from which accepted dossier. */
export interface AwardGrant {
  dossierId: string;
  memberId: string;
  memberName: string;
  awardId: string;
  awardTitle: string;
}

/**
 * The board's decision (quyết định khen thưởng) for a period: number, date, signer and the awards granted.
 * Recorded once; it closes the period (state CLOSED).
 */
@Entity('award_decision')
@Unique(['periodId'])
@Check(`jsonb_typeof(grants) = 'array'`)
export class AwardDecisionEntity extends PeriodScopedColumns {
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'date' }) decidedOn!: string;
  @Column({ type: 'text' }) signerName!: string;
  @Column({ type: 'text' }) signerTitle!: string;
  @Column({ type: 'jsonb' }) grants!: AwardGrant[];
  @Column({ type: 'uuid' }) recordedById!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: OrganizationEntity;
  @Column({ type: 'uuid' }) recordedByUserId!: string;
  @Column({ type: 'timestamptz' }) recordedAt!: Date;
}
