import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { RegulationsReader } from './regulations.reader';
import { RegulationsResolver } from './regulations.resolver';
import { RegulationsService } from './regulations.service';

@Module({
  imports: [GroupsModule],
  providers: [RegulationsService, RegulationsResolver, RegulationsReader],
  exports: [RegulationsReader],
})
export class RegulationsModule {}
