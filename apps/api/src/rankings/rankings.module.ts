import { Module } from '@nestjs/common';
import { ExplanationsModule } from '../explanations/explanations.module';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { RankingEntryResolver } from './ranking-entry.resolver';
import { RankingsRepository } from './rankings.repository';
import { RankingsResolver } from './rankings.resolver';
import { RankingsService } from './rankings.service';
import { TiesRepository } from './ties.repository';
import { TiesService } from './ties.service';
import { WhatIfService } from './what-if.service';
import { RegulationsModule } from '../regulations/regulations.module';

@Module({
  imports: [
    GroupsModule,
    PeriodsModule,
    OrganizationsModule,
    RegulationsModule,
    NotificationsModule,
    ExplanationsModule,
  ],
  providers: [
    RankingsRepository,
    RankingsService,
    RankingsResolver,
    RankingEntryResolver,
    WhatIfService,
    TiesRepository,
    TiesService,
  ],
  exports: [RankingsService],
})
export class RankingsModule {}
