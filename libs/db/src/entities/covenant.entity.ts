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

/** One numbered commitment of a covenant, with the figure it aims at when it has one. */
export interface CovenantCommitment {
  number: number;
  text: string;
  target: string | null;
}

/**
 * A group's covenant for one year (giao ước thi đua, GLOSSARY.md): the numbered commitments its members sign
 * at the start of the year, and the date by which they register the titles they aim for. Published by the
 * head of the year; once a member has signed it, it no longer changes.
 */
@Entity('covenant')
@Unique(['groupId', 'year'])
@Check(`jsonb_typeof(commitments) = 'array' AND jsonb_array_length(commitments) BETWEEN 1 AND 100`)
export class CovenantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: EmulationGroupEntity;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'jsonb' }) commitments!: CovenantCommitment[];
  @Column({ type: 'timestamptz' }) registrationDeadline!: Date;
  @Column({ type: 'uuid' }) publishedById!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: OrganizationEntity;
  @Column({ type: 'uuid', nullable: true }) publishedByUserId!: string | null;
  @Column({ type: 'timestamptz' }) publishedAt!: Date;
}

/** A member's signature of the covenant: which member, from which account, when. Signed once. */
@Entity('covenant_signature')
@Unique(['covenantId', 'memberId'])
export class CovenantSignatureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) covenantId!: string;
  @ManyToOne(() => CovenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;
  /** Copied from the covenant: row-level security needs no join. */
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'uuid' }) memberId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: OrganizationEntity;
  @Column({ type: 'uuid' }) signedByUserId!: string;
  /** The account's e-mail as it was when it signed: the head reads it, not the member's user rows. */
  @Column({ type: 'text' }) signedByEmail!: string;
  @CreateDateColumn({ type: 'timestamptz' }) signedAt!: Date;
}

/**
 * The titles and awards a member registers for the year (đăng ký thi đua): ids of the regulation's awards and
 * of the state titles. One row per member and group-year, changed in place until the registration deadline.
 */
@Entity('title_registration')
@Unique(['groupId', 'year', 'memberId'])
@Check(`jsonb_typeof(titles) = 'array' AND jsonb_array_length(titles) BETWEEN 1 AND 50`)
export class TitleRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) groupId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'uuid' }) memberId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: OrganizationEntity;
  @Column({ type: 'jsonb' }) titles!: string[];
  @Column({ type: 'uuid' }) registeredByUserId!: string;
  @Column({ type: 'text' }) registeredByEmail!: string;
  @Column({ type: 'timestamptz' }) registeredAt!: Date;
}
