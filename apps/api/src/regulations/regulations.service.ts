import { Injectable } from '@nestjs/common';
import { enqueueInOutbox } from '@thidua/jobs';
import { PeriodEntity, RegulationEntity, TenantDb } from '@thidua/db';
import { validateRegulation } from '@thidua/scoring';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { badInput, conflict } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { GroupsRepository } from '../groups/groups.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsRepository } from './regulations.repository';

/** Periods whose ranking is published keep the regulation they were scored under. */
const LOCKED_STATES = new Set(['PUBLISHED', 'REVIEWED', 'CLOSED']);

@Injectable()
export class RegulationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly regulations: RegulationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  latest(actor: RequestActor, groupId: string, year: number) {
    return this.db.run(actor, () => this.regulations.latest(groupId, year));
  }

  /**
   * Publishes a new version of the group's regulation for the year. It applies to every period of the
   * document not yet published; a period already published keeps its version (immutable once used).
   */
  publish(actor: RequestActor, groupCode: string, year: number, document: unknown) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'regulation.publish', { group, year });
      const result = validateRegulation(document);
      if (!result.ok) {
        throw badInput(`Quy chế có ${result.problems.length} lỗi, cần sửa trước khi ban hành.`, {
          problems: result.problems,
        });
      }
      const reg = result.regulation;
      const mismatch = [
        reg.group !== group.code && {
          path: 'group',
          message: `Quy chế ghi mã "${reg.group}", không phải "${group.code}".`,
        },
        reg.year !== year && { path: 'year', message: `Quy chế ghi năm ${reg.year}, không phải ${year}.` },
      ].filter(Boolean);
      if (mismatch.length) throw badInput('Quy chế không khớp cụm/khối hoặc năm.', { problems: mismatch });

      const latest = await this.regulations.latest(group.id, year);
      const periods = await this.periods.ofYear(group.id, year);
      const open = reg.periods.filter(
        (p) => !LOCKED_STATES.has(periods.find((x) => x.kind === p.kind)?.state ?? 'OPEN'),
      );
      if (open.length === 0)
        throw conflict('Mọi kỳ của quy chế này đã công bố kết quả: không thể thay quy chế.');

      const saved = await em.save(
        RegulationEntity,
        em.create(RegulationEntity, {
          groupId: group.id,
          year,
          version: (latest?.version ?? 0) + 1,
          decisionNumber: reg.decision?.number ?? null,
          document: document as Record<string, unknown>,
          publishedBy: actor.organizationId,
        }),
      );
      for (const p of open) {
        const existing = periods.find((x) => x.kind === p.kind);
        const fields = { deadline: new Date(p.deadline), regulationId: saved.id };
        const period = existing
          ? (await em.update(PeriodEntity, { id: existing.id }, fields), { ...existing, ...fields })
          : await em.save(
              PeriodEntity,
              em.create(PeriodEntity, { groupId: group.id, year, kind: p.kind, ...fields }),
            );
        await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
      }
      await this.audit.record(
        'regulation.publish',
        'regulation',
        saved.id,
        latest ? { version: latest.version } : null,
        {
          version: saved.version,
          decisionNumber: saved.decisionNumber,
          periods: open.map((p) => p.kind),
        },
      );
      return saved;
    });
  }
}
