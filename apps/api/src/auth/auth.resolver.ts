import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { User } from '../organizations/organization.types';
import { Public } from './actor';
import { AuthService } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field() token!: string;
  @Field(() => User) user!: User;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string) {
    return this.auth.login(email, password);
  }
}
