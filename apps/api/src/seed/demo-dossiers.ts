// The 2023 H1 award dossiers, under way (demo): opened by each head after the board approved the ranking. Cụm
// VIII's one dossier is accepted; of the Khối's two, one was returned for completion and the other still waits
// for its member's achievement report — every role has something on its page, and no decision closes the period.
import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { DossierOutcome } from '../dossiers/dossier.types';
import { DossiersService } from '../dossiers/dossiers.service';
import { demoEmail, GROUPS } from './demo-data';
import type { ActorOf } from './demo-history';

/** Per group, the members whose dossier was written, submitted and decided: the board's outcome. */
const PLAN: Record<string, Record<string, DossierOutcome>> = {
  'CTD-VIII': { 'sct-lam-dong': DossierOutcome.ACCEPT },
  'KTD-KT-GIA-LAI': { 'stttt-gia-lai': DossierOutcome.RETURN },
};
const INTRODUCTION =
  'Đơn vị có 8 phòng chuyên môn và 2 đơn vị sự nghiệp trực thuộc, 96 công chức, viên chức (dữ liệu mẫu).';
const RETURN_REASON = 'Bổ sung số liệu kiểm chứng kèm báo cáo thành tích.';
const ATTACHED = (number: string, signerTitle: string) => ({
  number,
  date: '2023-07-20',
  signerName: 'Nguyễn Văn Thành',
  signerTitle,
});

export async function seedDemoDossiers(app: INestApplicationContext, owner: Client, actorOf: ActorOf) {
  const dossiers = app.get(DossiersService);
  for (const group of GROUPS) {
    const done = await owner.query(
      `SELECT 1 FROM dossier d JOIN emulation_group g ON g.id = d.group_id WHERE g.code = $1 AND d.year = 2023`,
      [group.code],
    );
    if (done.rowCount) continue;
    const head = await actorOf(demoEmail(group.members2023.find(([, role]) => role === 'HEAD')![0]));
    const board = await actorOf(demoEmail(group.reviewerCode));
    const stage = await dossiers.open(head, group.code, 2023, 'H1', new Date(Date.now() + 30 * 86_400_000));
    for (const d of stage.dossiers) {
      const outcome = PLAN[group.code]?.[d.member.code];
      if (!outcome) continue;
      const member = await actorOf(demoEmail(d.member.code));
      const form = await dossiers.achievementForm(member, d.id);
      await dossiers.saveReport(
        member,
        d.id,
        {
          introduction: INTRODUCTION,
          achievements: form.achievements || 'Hoàn thành toàn diện các nhiệm vụ được giao (dữ liệu mẫu).',
          figures: form.figures,
          titles: form.titles,
          signerTitle: 'GIÁM ĐỐC',
          signerName: '',
        },
        null,
      );
      await dossiers.attach(
        head,
        d.id,
        ATTACHED('15/TTr-CTĐ', 'TRƯỞNG CỤM'),
        ATTACHED('14/BB-CTĐ', 'CHỦ TRÌ'),
      );
      await dossiers.submit(head, d.id);
      await dossiers.decide(board, d.id, outcome, outcome === DossierOutcome.RETURN ? RETURN_REASON : null);
    }
  }
}
