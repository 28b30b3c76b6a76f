import { Module } from '@nestjs/common';
import { PeriodsRepository } from './periods.repository';

@Module({ providers: [PeriodsRepository], exports: [PeriodsRepository] })
export class PeriodsModule {}
