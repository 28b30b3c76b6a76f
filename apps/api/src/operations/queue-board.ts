// Bull Board at /admin/queues, for platform admins only. The web app keeps its token in script memory, which a
// page load does not send: the admin workspace first POSTs it to /admin/queues/session, which answers with an
// HttpOnly cookie holding that same access token, scoped to /admin/queues. Every board request is then
// checked as a GraphQL request would be (expiry, revoked session, locked account) and for the platform role.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@thidua/config';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { APP_CONFIG } from '../config.module';
import { OPS_QUEUES, OpsQueues } from './ops-queues';

export const BOARD_PATH = '/admin/queues';
const COOKIE = 'thidua_board';

function cookieToken(req: FastifyRequest): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

function bearer(req: FastifyRequest): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

export async function registerQueueBoard(app: NestFastifyApplication): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const queues = app.get<OpsQueues>(OPS_QUEUES);
  const auth = app.get(AuthService);
  const access = app.get(AccessService);

  /** The platform admin a token stands for, or why not: 401 (no or dead token), 403 (another organization). */
  const admit = async (token: string | null): Promise<RequestActor | 401 | 403> => {
    if (!token) return 401;
    const actor = await auth.verify(token).catch(() => null);
    if (!actor) return 401;
    return (await access.can(actor, 'organization.manage', {})) ? actor : 403;
  };
  const refuse = (reply: FastifyReply, status: 401 | 403) =>
    reply
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(
        status === 401
          ? 'Hãy đăng nhập bằng tài khoản quản trị nền tảng rồi mở Bảng hàng đợi từ trang Quản trị.'
          : 'Chỉ quản trị viên nền tảng được xem bảng hàng đợi.',
      );

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BOARD_PATH);
  createBullBoard({
    queues: queues.all.map((q) => new BullMQAdapter(q, { allowRetries: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Thi đua – hàng đợi' } },
  });

  // Nest's Fastify is its own copy of the package: same major version, types from the root one.
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(
    async (scope) => {
      scope.post('/session', async (req, reply) => {
        const token = bearer(req);
        const actor = await admit(token);
        if (typeof actor === 'number') return refuse(reply, actor);
        const secure = config.nodeEnv === 'production' ? '; Secure' : '';
        reply.header(
          'set-cookie',
          `${COOKIE}=${encodeURIComponent(token!)}; Path=${BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${config.accessTokenTtlSeconds}${secure}`,
        );
        return reply.status(204).send();
      });
      await scope.register(async (board) => {
        board.addHook('onRequest', async (req, reply) => {
          const actor = await admit(cookieToken(req));
          if (typeof actor === 'number') return refuse(reply, actor);
        });
        // The board's page asks Google for its fonts: nothing leaves a closed network, it falls back to system fonts.
        board.addHook('onSend', async (_req, reply, payload) =>
          typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html')
            ? payload.replace(/<link[^>]+fonts\.googleapis\.com[^>]*>/g, '')
            : payload,
        );
        await board.register(serverAdapter.registerPlugin() as never);
      });
    },
    { prefix: BOARD_PATH },
  );
}
