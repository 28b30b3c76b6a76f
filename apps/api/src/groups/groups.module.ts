import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { GroupsRepository } from './groups.repository';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  imports: [OrganizationsModule],
  providers: [GroupsRepository, GroupsService, GroupsResolver],
  exports: [GroupsRepository],
})
export class GroupsModule {}
