import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RankingsRepository } from './rankings.repository';
import { RankingsResolver } from './rankings.resolver';
import { RankingsService } from './rankings.service';

@Module({
  imports: [GroupsModule, OrganizationsModule],
  providers: [RankingsRepository, RankingsService, RankingsResolver],
})
export class RankingsModule {}
