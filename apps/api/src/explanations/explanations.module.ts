import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { GroupsModule } from '../groups/groups.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { ExplanationsRepository } from './explanations.repository';
import { ExplanationsResolver } from './explanations.resolver';
import { ExplanationsService } from './explanations.service';

@Module({
  imports: [NotificationsModule, GroupsModule, PeriodsModule, MembershipsModule, RegulationsModule],
  providers: [ExplanationsRepository, ExplanationsService, ExplanationsResolver],
  exports: [ExplanationsService],
})
export class ExplanationsModule {}
