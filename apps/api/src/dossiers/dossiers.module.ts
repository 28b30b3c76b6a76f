import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { RankingsModule } from '../rankings/rankings.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { ReportsModule } from '../reports/reports.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { DossiersRepository } from './dossiers.repository';
import { DossiersResolver } from './dossiers.resolver';
import { DossiersService } from './dossiers.service';

@Module({
  imports: [
    NotificationsModule,
    GroupsModule,
    PeriodsModule,
    RankingsModule,
    RegulationsModule,
    SubmissionsModule,
    OrganizationsModule,
    ReportsModule,
  ],
  providers: [DossiersRepository, DossiersService, DossiersResolver],
  exports: [DossiersRepository, DossiersService],
})
export class DossiersModule {}
