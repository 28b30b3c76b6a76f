import { AuditEventEntity } from './audit-event.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { CovenantEntity, CovenantSignatureEntity, TitleRegistrationEntity } from './covenant.entity';
import { AchievementReportEntity, AwardDecisionEntity, DossierEntity } from './dossier.entity';
import { EmulationGroupEntity } from './emulation-group.entity';
import { ExplanationEntity, ExplanationEvidenceEntity, ExplanationWindowEntity } from './explanation.entity';
import { EvidenceContentEntity } from './evidence-content.entity';
import { EvidenceEntity } from './evidence.entity';
import { MemberFactEntity } from './member-fact.entity';
import { MembershipEntity } from './membership.entity';
import { NotificationEntity } from './notification.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import { PeriodEntity } from './period.entity';
import { RankingRunEntity } from './ranking-run.entity';
import { RankingSnapshotEntity } from './ranking-snapshot.entity';
import { RegulationEntity } from './regulation.entity';
import { ScoreEntity } from './score.entity';
import { SubmissionGroupEntity } from './submission-group.entity';
import { SubmissionVersionEntity } from './submission-version.entity';
import { SubmissionEntity } from './submission.entity';
import { RegulationDraftEntity, SuccessionBallotEntity, SuccessionElectionEntity } from './succession.entity';
import { TieDecisionEntity } from './tie-decision.entity';
import { UserEntity } from './user.entity';
import { VoteEntity } from './vote.entity';

export * from './audit-event.entity';
export * from './auth-session.entity';
export * from './covenant.entity';
export * from './dossier.entity';
export * from './emulation-group.entity';
export * from './explanation.entity';
export * from './evidence-content.entity';
export * from './evidence.entity';
export * from './member-fact.entity';
export * from './membership.entity';
export * from './notification.entity';
export * from './organization.entity';
export * from './outbox-event.entity';
export * from './period.entity';
export * from './ranking-run.entity';
export * from './ranking-snapshot.entity';
export * from './regulation.entity';
export * from './score.entity';
export * from './submission-group.entity';
export * from './submission-version.entity';
export * from './submission.entity';
export * from './succession.entity';
export * from './tie-decision.entity';
export * from './user.entity';
export * from './vote.entity';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  EmulationGroupEntity,
  MembershipEntity,
  RegulationEntity,
  PeriodEntity,
  SubmissionEntity,
  SubmissionGroupEntity,
  SubmissionVersionEntity,
  ScoreEntity,
  VoteEntity,
  RankingSnapshotEntity,
  RankingRunEntity,
  AuditEventEntity,
  OutboxEventEntity,
  EvidenceEntity,
  EvidenceContentEntity,
  AuthSessionEntity,
  MemberFactEntity,
  TieDecisionEntity,
  CovenantEntity,
  CovenantSignatureEntity,
  TitleRegistrationEntity,
  NotificationEntity,
  SuccessionElectionEntity,
  SuccessionBallotEntity,
  RegulationDraftEntity,
  ExplanationWindowEntity,
  ExplanationEntity,
  ExplanationEvidenceEntity,
  DossierEntity,
  AchievementReportEntity,
  AwardDecisionEntity,
];
