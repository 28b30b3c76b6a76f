import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { CovenantsRepository } from './covenants.repository';
import { CovenantsResolver } from './covenants.resolver';
import { CovenantsService } from './covenants.service';

@Module({
  imports: [GroupsModule, PeriodsModule, MembershipsModule, RegulationsModule, NotificationsModule],
  providers: [CovenantsRepository, CovenantsService, CovenantsResolver],
})
export class CovenantsModule {}
