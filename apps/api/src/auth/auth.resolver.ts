import { Args, Context, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { User } from '../organizations/organization.types';
import { CurrentActor, Public, RequestActor } from './actor';
import { AuthService } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Access token for `Authorization: Bearer …`; short-lived (ACCESS_TOKEN_TTL)' })
  token!: string;
  @Field({ description: 'Opaque; exchange it with refreshSession before expiresAt. Each use replaces it.' })
  refreshToken!: string;
  @Field(() => Date, { description: 'When the access token expires' }) expiresAt!: Date;
  @Field(() => User) user!: User;
}

/** The client's address as Fastify sees it (sign-in throttling, the session's record). */
type GqlContext = { req: { ip: string } };

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext) {
    return this.auth.login(email, password, ctx.req.ip);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'A new access token and refresh token; the old refresh token dies',
  })
  refreshSession(@Args('refreshToken') refreshToken: string, @Context() ctx: GqlContext) {
    return this.auth.refreshSession(refreshToken, ctx.req.ip);
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session: its access and refresh tokens stop working',
  })
  logout(@CurrentActor() actor: RequestActor) {
    return this.auth.logout(actor);
  }

  @Mutation(() => AuthPayload, {
    description: 'Ends every session of the user (this one included) and returns a fresh one',
  })
  changePassword(
    @CurrentActor() actor: RequestActor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GqlContext,
  ) {
    return this.auth.changePassword(actor, currentPassword, newPassword, ctx.req.ip);
  }

  @Mutation(() => Boolean, { description: 'Platform admin: unlock an account locked by failed sign-ins' })
  unlockUser(@CurrentActor() actor: RequestActor, @Args('email') email: string) {
    return this.auth.unlockUser(actor, email);
  }
}
