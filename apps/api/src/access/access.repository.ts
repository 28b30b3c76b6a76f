import { Injectable } from '@nestjs/common';
import {
  EmulationGroupEntity,
  MemberRole,
  MembershipEntity,
  SubmissionEntity,
  SubmissionGroupEntity,
  TenantDb,
} from '@thidua/db';

/** The relations authorization reads: memberships of a year, a group's board, the groups a report is addressed to. */
@Injectable()
export class AccessRepository {
  constructor(private readonly db: TenantDb) {}

  role(groupId: string, organizationId: string, year: number): Promise<MemberRole | null> {
    return this.db.em
      .findOneBy(MembershipEntity, { groupId, organizationId, year })
      .then((m) => m?.role ?? null);
  }

  group(id: string) {
    return this.db.em.findOneBy(EmulationGroupEntity, { id });
  }

  /** Row-level security returns nothing for a report the actor may not see. */
  submission(id: string) {
    return this.db.em.findOneBy(SubmissionEntity, { id });
  }

  addressedTo(submissionId: string) {
    return this.db.em.find(SubmissionGroupEntity, { where: { submissionId }, relations: { group: true } });
  }
}
