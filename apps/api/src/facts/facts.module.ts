import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { FactsRepository } from './facts.repository';
import { FactsResolver } from './facts.resolver';
import { FactsService } from './facts.service';

@Module({
  imports: [GroupsModule, PeriodsModule, OrganizationsModule, RegulationsModule],
  providers: [FactsRepository, FactsService, FactsResolver],
})
export class FactsModule {}
