import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RankingsModule } from '../rankings/rankings.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ExportsResolver } from './exports.resolver';
import { DocumentWorkers } from './document-workers';
import { ExportsService } from './exports.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    SubmissionsModule,
    RankingsModule,
    RegulationsModule,
    GroupsModule,
    MembershipsModule,
    OrganizationsModule,
  ],
  providers: [DocumentWorkers, ReportsService, ReportsResolver, ExportsService, ExportsResolver],
  exports: [DocumentWorkers, ExportsService],
})
export class ReportsModule {}
