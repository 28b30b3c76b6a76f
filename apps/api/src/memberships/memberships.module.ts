import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { MembershipsRepository } from './memberships.repository';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [GroupsModule, OrganizationsModule, PeriodsModule],
  providers: [MembershipsRepository, MembershipsService, MembershipsResolver],
  exports: [MembershipsRepository],
})
export class MembershipsModule {}
