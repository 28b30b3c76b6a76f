import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { ScoresRepository } from './scores.repository';
import { ScoresResolver } from './scores.resolver';
import { ScoresService } from './scores.service';

@Module({
  imports: [GroupsModule, PeriodsModule, OrganizationsModule, RegulationsModule],
  providers: [ScoresRepository, ScoresService, ScoresResolver],
})
export class ScoresModule {}
