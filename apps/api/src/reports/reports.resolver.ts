import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { Submission } from '../submissions/submission.types';
import { ImportReportInput } from './report.types';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Mutation(() => Submission, {
    description: 'Member: fill a draft from a .docx or .md report; figures stay unconfirmed',
  })
  importReport(@CurrentActor() actor: RequestActor, @Args('input') input: ImportReportInput) {
    return this.service.importReport(actor, input);
  }
}
