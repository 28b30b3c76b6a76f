import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { Organization, User } from './organization.types';
import { OrganizationsService } from './organizations.service';

@Resolver()
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => User)
  me(@CurrentActor() actor: RequestActor) {
    return this.service.me(actor);
  }

  @Query(() => [Organization], { description: 'Platform admin: every organization, by code' })
  organizations(@CurrentActor() actor: RequestActor) {
    return this.service.organizations(actor);
  }

  @Mutation(() => Organization, { description: 'Platform admin: onboard an organization' })
  createOrganization(
    @CurrentActor() actor: RequestActor,
    @Args('code') code: string,
    @Args('name') name: string,
    @Args('kind', { description: 'DEPARTMENT | AWARD_BOARD | PLATFORM' }) kind: string,
    @Args('province', { type: () => String, nullable: true }) province?: string | null,
  ) {
    return this.service.createOrganization(actor, { code, name, kind, province });
  }

  @Mutation(() => Organization, {
    description: 'Platform admin: record that an organization merged into another from a date',
  })
  mergeOrganization(
    @CurrentActor() actor: RequestActor,
    @Args('code') code: string,
    @Args('successorCode') successorCode: string,
    @Args('from', { description: 'YYYY-MM-DD' }) from: string,
  ) {
    return this.service.mergeOrganization(actor, code, successorCode, from);
  }

  @Mutation(() => User, { description: 'Platform admin: create a user for an organization' })
  createUser(
    @CurrentActor() actor: RequestActor,
    @Args('organizationCode') organizationCode: string,
    @Args('email') email: string,
    @Args('fullName') fullName: string,
    @Args('password') password: string,
  ) {
    return this.service.createUser(actor, { organizationCode, email, fullName, password });
  }
}
