import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionCache } from './session-cache';
import { SessionsRepository } from './sessions.repository';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    SessionsRepository,
    SessionCache,
    LoginThrottle,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
