import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EmulationGroupEntity } from './emulation-group.entity';
import { OrganizationEntity } from './organization.entity';
import { RegulationEntity } from './regulation.entity';

export type ElectionState = 'OPEN' | 'CLOSED';
export type SuccessionMethod = 'VOTE' | 'RECORDED';

/**
 * The year-end election of next year's head and deputy (issue 11.6), one per group and year (the year that
 * ends). Once closed it holds the result and the handover: the outgoing head, the incoming one, when and by
 * whom it was recorded. It never reopens: next year's memberships were created from it.
 */
@Entity('succession_election')
@Unique(['groupId', 'year'])
@Check(`state IN ('OPEN', 'CLOSED') AND (method IS NULL OR method IN ('VOTE', 'RECORDED'))`)
@Check(
  `state = 'OPEN' OR (head_id IS NOT NULL AND deputy_id IS NOT NULL AND head_id <> deputy_id AND method IS NOT NULL AND closed_by_id IS NOT NULL AND closed_at IS NOT NULL)`,
)
export class SuccessionElectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'text', default: 'OPEN' }) state!: ElectionState;
  @Column({ type: 'uuid' }) openedById!: string;
  @CreateDateColumn({ type: 'timestamptz' }) openedAt!: Date;
  @Column({ type: 'uuid', nullable: true }) outgoingHeadId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outgoing_head_id' })
  outgoingHead?: OrganizationEntity | null;
  @Column({ type: 'uuid', nullable: true }) headId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'head_id' })
  head?: OrganizationEntity | null;
  @Column({ type: 'uuid', nullable: true }) deputyId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_id' })
  deputy?: OrganizationEntity | null;
  @Column({ type: 'text', nullable: true }) method!: SuccessionMethod | null;
  /** Why the admin recorded the result, or how the head settled a tie. */
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'uuid', nullable: true }) closedById!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by_id' })
  closedBy?: OrganizationEntity | null;
  @Column({ type: 'uuid', nullable: true }) closedByUserId!: string | null;
  @Column({ type: 'text', nullable: true }) closedByEmail!: string | null;
  /** The handover date. */
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}

/** A member's ballot: its choice for head and for deputy (two different units). Replaced until closing. */
@Entity('succession_ballot')
@Unique(['electionId', 'voterId'])
@Check(`head_choice_id <> deputy_choice_id`)
export class SuccessionBallotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) electionId!: string;
  @ManyToOne(() => SuccessionElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id' })
  election?: SuccessionElectionEntity;
  /** Copied from the election: row-level security needs no join. */
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'uuid' }) voterId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_id' })
  voter?: OrganizationEntity;
  @Column({ type: 'uuid' }) headChoiceId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'head_choice_id' })
  headChoice?: OrganizationEntity;
  @Column({ type: 'uuid' }) deputyChoiceId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_choice_id' })
  deputyChoice?: OrganizationEntity;
  @Column({ type: 'uuid' }) castByUserId!: string;
  @Column({ type: 'timestamptz' }) castAt!: Date;
}

/**
 * Next year's regulation before it is adopted: copied from this year's when the election closes, edited by
 * the head of that year (or the admin), adopted with publishRegulation, which validates it as any regulation.
 */
@Entity('regulation_draft')
@Unique(['groupId', 'year'])
export class RegulationDraftEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'jsonb' }) document!: Record<string, unknown>;
  @Column({ type: 'uuid', nullable: true }) copiedFromId!: string | null;
  @ManyToOne(() => RegulationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'copied_from_id' })
  copiedFrom?: RegulationEntity | null;
  @Column({ type: 'uuid' }) updatedById!: string;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}
