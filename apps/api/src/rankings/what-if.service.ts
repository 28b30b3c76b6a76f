import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { TenantDb } from '@thidua/db';
import { closeRedis, JobPayloads, RedisClient, redisConnection, WhatIfReply } from '@thidua/jobs';
import { checkScoreInput } from '@thidua/scoring';
import { Queue, QueueEvents } from 'bullmq';
import { RequestActor } from '../auth/actor';
import { APP_CONFIG } from '../config.module';
import { badInput, DomainError, ErrorCode } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { GroupsRepository } from '../groups/groups.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import { WhatIfInput } from './what-if.types';

const QUEUE = 'what-if';
const TIMEOUT_MS = 10_000;

/**
 * "What would my rank be if…": the worker computes it (it may read every member's inputs, the API role
 * may not) and replies with this member's position only. Nothing is written.
 */
@Injectable()
export class WhatIfService implements OnModuleDestroy {
  private queue?: Queue<JobPayloads['what-if'], WhatIfReply>;
  private events?: QueueEvents;
  private readonly connections: RedisClient[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
  ) {}

  async whatIf(actor: RequestActor, input: WhatIfInput): Promise<WhatIfReply> {
    const payload = await this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(input.groupCode);
      await this.access.authorize(actor, 'ranking.whatIf', { group, year: input.year });
      const period = await this.periods.require(group, input.year, input.kind);
      const regulation = (await this.regulations.forPeriod(group.id, input.year, input.kind))!;
      const problems = (input.criteria ?? []).flatMap((c) =>
        checkScoreInput(regulation, { ...c, reason: 'Giả định' }),
      );
      if (problems.length) throw badInput(problems.map((p) => p.message).join(' '), { problems });
      return {
        periodId: period.id,
        memberId: actor.organizationId,
        changes: {
          indicators: Object.fromEntries(
            (input.indicators ?? []).map((i) => [
              i.key,
              {
                value: i.value ?? null,
                percentOfPlan: i.percentOfPlan ?? null,
                changeVsSamePeriodPercent: i.changeVsSamePeriodPercent ?? null,
              },
            ]),
          ),
          criteria: (input.criteria ?? []).map((c) => ({
            criterionId: c.criterionId,
            points: c.points,
            count: c.count ?? null,
          })),
        },
      };
    });
    const { queue, events } = await this.connect();
    const job = await queue.add(QUEUE, payload, { removeOnComplete: true, removeOnFail: true, attempts: 1 });
    try {
      return await job.waitUntilFinished(events, TIMEOUT_MS);
    } catch {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Chưa tính được kết quả giả định lúc này, vui lòng thử lại sau ít phút.',
      );
    }
  }

  /** Connections are opened on first use: most API processes never answer a what-if. */
  private async connect() {
    if (!this.queue || !this.events) {
      // Events are read by a blocking command: a connection of their own.
      const [producer, reader] = [
        redisConnection(this.config, 'client'),
        redisConnection(this.config, 'worker'),
      ];
      this.connections.push(producer, reader);
      this.queue = new Queue(QUEUE, { connection: producer, prefix: this.config.queuePrefix });
      this.events = new QueueEvents(QUEUE, { connection: reader, prefix: this.config.queuePrefix });
      await this.events.waitUntilReady();
    }
    return { queue: this.queue, events: this.events };
  }

  async onModuleDestroy() {
    await this.events?.close();
    await this.queue?.close();
    await Promise.all(this.connections.map(closeRedis));
  }
}
