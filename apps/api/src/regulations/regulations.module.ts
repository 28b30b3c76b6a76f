import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { PeriodsModule } from '../periods/periods.module';
import { RegulationsReader } from './regulations.reader';
import { RegulationsRepository } from './regulations.repository';
import { GroupRegulationResolver, RegulationsResolver } from './regulations.resolver';
import { RegulationsService } from './regulations.service';

@Module({
  imports: [GroupsModule, PeriodsModule],
  providers: [
    RegulationsRepository,
    RegulationsService,
    RegulationsResolver,
    GroupRegulationResolver,
    RegulationsReader,
  ],
  exports: [RegulationsReader, RegulationsRepository],
})
export class RegulationsModule {}
