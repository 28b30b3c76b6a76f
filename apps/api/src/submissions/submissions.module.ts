import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [GroupsModule, PeriodsModule, OrganizationsModule, RegulationsModule, NotificationsModule],
  providers: [SubmissionsRepository, SubmissionsService, SubmissionsResolver],
  exports: [SubmissionsRepository, SubmissionsService],
})
export class SubmissionsModule {}
