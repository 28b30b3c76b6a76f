import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { assignLogFields } from '@thidua/ops';
import { IS_PUBLIC, RequestActor } from './actor';
import { AuthService, refused } from './auth.service';

/** Global guard: every resolver needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = GqlExecutionContext.create(context).getContext<{
      req: { headers: Record<string, string | undefined>; actor?: RequestActor };
    }>().req;
    const token = bearerToken(req.headers);
    if (!token) throw refused('INVALID', 'Bạn cần đăng nhập để thực hiện thao tác này.');
    req.actor = await this.auth.verify(token);
    assignLogFields({ organization: req.actor.organizationId });
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header ('' without one). */
export function bearerToken(headers: Record<string, string | undefined>): string {
  const header = headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}
