import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ imports: [SubmissionsModule], providers: [ReportsService, ReportsResolver] })
export class ReportsModule {}
