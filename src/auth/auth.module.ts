import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '../members/members.module';
import { KnownLoginAddressEntity } from '../throttle/known-login-address.entity';
import { ThrottleModule } from '../throttle/throttle.module';
import { TokensModule } from '../tokens/tokens.module';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginSessionEntity } from './login-session.entity';
import { LoginSessionsService } from './login-sessions.service';
import { LoginThrottle } from './login-throttle';

/** Authentication: login sessions, credentials, and the guard every request passes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LoginSessionEntity, KnownLoginAddressEntity]),
    UsersModule,
    TokensModule,
    MembersModule,
    ThrottleModule,
  ],
  controllers: [AuthController],
  providers: [LoginSessionsService, LoginThrottle, AuthService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [LoginSessionsService],
})
export class AuthModule {}
