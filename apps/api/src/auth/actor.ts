import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@thidua/db';
import type { OrganizationKind } from '@thidua/db';

/** The signed-in user acting for its organization, as read from a verified token. */
export interface RequestActor extends Actor {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** The session the request's token belongs to (absent for the seed, which acts without signing in). */
  sessionId?: string;
}

export const ANONYMOUS: Actor = { userId: null, organizationId: null };

export const IS_PUBLIC = 'isPublic';
/** Marks a resolver that needs no sign-in (login, refreshSession). Everything else is guarded. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestActor => {
  return GqlExecutionContext.create(ctx).getContext<{ req: { actor: RequestActor } }>().req.actor;
});
