// The Khối's 2023 covenant, as its conference of March 2023 left it: published by the head, signed by every
// member but one, titles registered by five of them before the deadline (31/03/2023).
import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { CovenantsService } from '../covenants/covenants.service';
import { demoEmail } from './demo-data';
import type { ActorOf } from './demo-history';

const GROUP = 'KTD-KT-GIA-LAI';
const HEAD = 'bqlkkt-gia-lai';
const COMMITMENTS = [
  { text: 'Hoàn thành toàn diện các chỉ tiêu, nhiệm vụ được UBND tỉnh giao năm 2023', target: '100%' },
  {
    text: 'Đẩy mạnh cải cách hành chính, chuyển đổi số; giải quyết hồ sơ đúng hạn',
    target: '≥ 98% hồ sơ đúng hạn',
  },
  { text: 'Thực hiện nghiêm kỷ luật, kỷ cương hành chính; không có cán bộ vi phạm' },
  { text: 'Nộp báo cáo sơ kết, tổng kết công tác thi đua đúng hạn' },
  { text: 'Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến' },
];
const SIGNED = [
  'bqlkkt-gia-lai',
  'quy-bvptr-gia-lai',
  'sct-gia-lai',
  'stttt-gia-lai',
  'sxd-gia-lai',
  'snnptnt-gia-lai',
  'stnmt-gia-lai',
];
const REGISTERED: [string, string[]][] = [
  ['bqlkkt-gia-lai', ['TTLDXS', 'PROVINCE_FLAG']],
  ['quy-bvptr-gia-lai', ['TTLDTT']],
  ['sct-gia-lai', ['TTLDXS', 'CHAIRMAN_MERIT']],
  ['stttt-gia-lai', ['TTLDTT']],
  ['snnptnt-gia-lai', ['TTLDXS']],
];

export async function seedDemoCovenant(app: INestApplicationContext, owner: Client, actorOf: ActorOf) {
  const done = await owner.query(
    `SELECT 1 FROM covenant c JOIN emulation_group g ON g.id = c.group_id WHERE g.code = $1 AND c.year = 2023`,
    [GROUP],
  );
  if (done.rowCount) return;
  const covenants = app.get(CovenantsService);
  // Written now with the deadline ahead, then dated back to the conference: the service takes no past dates.
  const ahead = new Date(Date.now() + 86_400_000);
  await covenants.publish(await actorOf(demoEmail(HEAD)), {
    groupCode: GROUP,
    year: 2023,
    commitments: COMMITMENTS,
    registrationDeadline: ahead,
  });
  for (const code of SIGNED) await covenants.sign(await actorOf(demoEmail(code)), GROUP, 2023);
  for (const [code, titles] of REGISTERED)
    await covenants.register(await actorOf(demoEmail(code)), GROUP, 2023, titles);
  await owner.query(
    `WITH c AS (SELECT c.id, c.group_id FROM covenant c JOIN emulation_group g ON g.id = c.group_id WHERE g.code = $1 AND c.year = 2023)
     UPDATE covenant SET published_at = '2023-03-10T09:00:00+07:00', registration_deadline = '2023-03-31T23:59:59+07:00'
     FROM c WHERE covenant.id = c.id`,
    [GROUP],
  );
  await owner.query(
    `UPDATE covenant_signature s SET signed_at = '2023-03-10T10:00:00+07:00' FROM emulation_group g WHERE g.id = s.group_id AND g.code = $1 AND s.year = 2023`,
    [GROUP],
  );
  await owner.query(
    `UPDATE title_registration r SET registered_at = '2023-03-20T15:00:00+07:00' FROM emulation_group g WHERE g.id = r.group_id AND g.code = $1 AND r.year = 2023`,
    [GROUP],
  );
}
