import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventInvitationEntity } from '../members/event-invitation.entity';
import { EventMemberEntity } from '../members/event-member.entity';
import { MembersController } from '../members/members.controller';
import { MembersService } from '../members/members.service';
import { ApiTokenEntity } from '../tokens/api-token.entity';
import { TokensController } from '../tokens/tokens.controller';
import { TokensService } from '../tokens/tokens.service';
import { InstanceClaimEntity } from '../users/instance-claim.entity';
import { SetupCodeEntity } from '../users/setup-code.entity';
import { SetupCodesService } from '../users/setup-codes.service';
import { UserEntity } from '../users/user.entity';
import { KnownLoginAddressEntity } from '../throttle/known-login-address.entity';
import { ThrottleHitEntity } from '../throttle/throttle-hit.entity';
import { ThrottleService } from '../throttle/throttle.service';
import { LoginThrottle } from './login-throttle';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginSessionEntity } from './login-session.entity';
import { LoginSessionsService } from './login-sessions.service';

/** Accounts, login sessions, API tokens, event members and the guard every request passes. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      LoginSessionEntity,
      ApiTokenEntity,
      EventMemberEntity,
      EventInvitationEntity,
      InstanceClaimEntity,
      SetupCodeEntity,
      ThrottleHitEntity,
      KnownLoginAddressEntity,
    ]),
  ],
  controllers: [AuthController, UsersController, TokensController, MembersController],
  providers: [
    UsersService,
    SetupCodesService,
    LoginSessionsService,
    ThrottleService,
    LoginThrottle,
    AuthService,
    TokensService,
    MembersService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [ThrottleService, UsersService, TokensService, MembersService, LoginSessionsService],
})
export class AuthModule {}
