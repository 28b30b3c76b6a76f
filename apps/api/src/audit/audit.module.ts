import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditResolver } from './audit.resolver';
import { AuditQueries } from './audit.service';

/** Reading the audit log: verifying its chain, a ranking's trail. Writing it is AuditService (database/). */
@Module({
  imports: [GroupsModule, OrganizationsModule],
  providers: [AuditQueries, AuditResolver],
})
export class AuditModule {}
