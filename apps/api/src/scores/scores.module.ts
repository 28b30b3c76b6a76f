import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegulationsModule } from '../regulations/regulations.module';
import { ScoresRepository } from './scores.repository';
import { ScoresResolver } from './scores.resolver';
import { ScoresService } from './scores.service';

@Module({
  imports: [GroupsModule, OrganizationsModule, RegulationsModule],
  providers: [ScoresRepository, ScoresService, ScoresResolver],
})
export class ScoresModule {}
