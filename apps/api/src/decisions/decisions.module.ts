import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { ReportsModule } from '../reports/reports.module';
import { DecisionsRepository } from './decisions.repository';
import { DecisionsResolver, DossierStageDecisionResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';

@Module({
  imports: [
    NotificationsModule,
    DossiersModule,
    GroupsModule,
    PeriodsModule,
    OrganizationsModule,
    RegulationsModule,
    ReportsModule,
  ],
  providers: [DecisionsRepository, DecisionsService, DecisionsResolver, DossierStageDecisionResolver],
})
export class DecisionsModule {}
