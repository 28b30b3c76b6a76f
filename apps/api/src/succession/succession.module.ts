import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { GroupsModule } from '../groups/groups.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { SuccessionRepository } from './succession.repository';
import { SuccessionResolver } from './succession.resolver';
import { SuccessionService } from './succession.service';

@Module({
  imports: [NotificationsModule, GroupsModule, PeriodsModule, MembershipsModule, RegulationsModule],
  providers: [SuccessionRepository, SuccessionService, SuccessionResolver],
})
export class SuccessionModule {}
