import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { ExportsService } from './exports.service';
import { DocumentHeaderInput, Download } from './report.types';

@Resolver()
export class ExportsResolver {
  constructor(private readonly service: ExportsService) {}

  @Query(() => Download, {
    description: 'A report as a DOCX in the administrative format of Nghị định 30/2020/NĐ-CP',
  })
  exportSubmissionDocx(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('header', { type: () => DocumentHeaderInput, nullable: true }) header?: DocumentHeaderInput,
  ) {
    return this.service.submissionDocx(actor, id, header ?? {});
  }

  @Query(() => Download, { description: 'The members × criteria matrix, one sheet per period' })
  exportRankingXlsx(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.service.rankingXlsx(actor, groupCode, year);
  }

  @Query(() => Download, { description: 'Head or board: minutes with the vote result (biên bản bình xét)' })
  exportMinutesDocx(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('header', { type: () => DocumentHeaderInput, nullable: true }) header?: DocumentHeaderInput,
  ) {
    return this.service.minutesDocx(actor, groupCode, year, kind, header ?? {});
  }

  @Query(() => Download, {
    description: 'Head or board: the award proposal (tờ trình) with the proposals of the ranking',
  })
  exportProposalDocx(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('header', { type: () => DocumentHeaderInput, nullable: true }) header?: DocumentHeaderInput,
  ) {
    return this.service.proposalDocx(actor, groupCode, year, kind, header ?? {});
  }
}
