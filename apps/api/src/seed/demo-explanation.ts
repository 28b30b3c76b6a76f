// Cụm VIII's 2023 year-end explanation round, as its head ran it in December 2023: two members explained a
// score, the head raised one to the self-score and kept the other, then closed the round early.
import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { ExplanationsService } from '../explanations/explanations.service';
import { PeriodKind } from '../groups/group.types';
import { demoEmail } from './demo-data';
import type { ActorOf } from './demo-history';

const GROUP = 'CTD-VIII';
const HEAD = 'sct-lam-dong';
const REF = { groupCode: GROUP, year: 2023, kind: PeriodKind.FY };
/** Who explains, and whether the head gives the self-score in the second round or keeps the first. */
const EXPLAINED: [string, 'CHANGE' | 'KEEP'][] = [
  ['sct-dak-lak', 'CHANGE'],
  ['sct-gia-lai', 'KEEP'],
];

export async function seedDemoExplanation(app: INestApplicationContext, owner: Client, actorOf: ActorOf) {
  const done = await owner.query(
    `SELECT 1 FROM explanation_window w JOIN emulation_group g ON g.id = w.group_id
      WHERE g.code = $1 AND w.year = 2023 AND w.kind = 'FY'`,
    [GROUP],
  );
  if (done.rowCount) return;
  const explanations = app.get(ExplanationsService);
  const head = await actorOf(demoEmail(HEAD));
  // Opened now with the deadline ahead, then dated back: the service takes no past deadline.
  await explanations.open(head, REF, new Date(Date.now() + 86_400_000));
  for (const [code, decision] of EXPLAINED) {
    const member = await actorOf(demoEmail(code));
    const item = (await explanations.round(member, REF))?.items.find((i) => i.disputed);
    if (!item) continue;
    const round = await explanations.explain(member, {
      ...REF,
      criterionId: item.criterionId,
      text: `Đơn vị đã hoàn thành nội dung tiêu chí ${item.criterionId}; xin gửi kèm báo cáo bổ sung (dữ liệu mẫu).`,
    });
    const explained = round.items.find((i) => i.criterionId === item.criterionId)!.explanation!;
    await explanations.decide(head, {
      explanationId: explained.id,
      keep: decision === 'KEEP',
      points: decision === 'KEEP' ? null : item.selfPoints,
      reason:
        decision === 'KEEP'
          ? 'Tài liệu bổ sung chưa chứng minh được kết quả (dữ liệu mẫu)'
          : 'Đã đối chiếu tài liệu bổ sung, chấp nhận điểm tự chấm (dữ liệu mẫu)',
    });
  }
  await explanations.close(
    head,
    REF,
    'Các đơn vị có ý kiến đã giải trình xong tại hội nghị tổng kết (dữ liệu mẫu)',
  );
  const scope = `FROM emulation_group g WHERE g.id = t.group_id AND g.code = $1 AND t.year = 2023 AND t.kind = 'FY'`;
  await owner.query(
    `UPDATE explanation_window t SET opened_at = '2023-12-08T09:00:00+07:00', deadline = '2023-12-15T23:59:59+07:00',
       closed_at = '2023-12-12T16:00:00+07:00' ${scope}`,
    [GROUP],
  );
  await owner.query(
    `UPDATE explanation t SET explained_at = '2023-12-10T10:00:00+07:00', decided_at = '2023-12-11T15:00:00+07:00' ${scope}`,
    [GROUP],
  );
}
