import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InstanceClaimEntity } from './instance-claim.entity';
import { SetupCodeEntity } from './setup-code.entity';
import { SetupCodesService } from './setup-codes.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts: sign-up (the first one claims the instance, with a setup code when it listens beyond loopback), invitations by admins. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, InstanceClaimEntity, SetupCodeEntity])],
  controllers: [UsersController],
  providers: [UsersService, SetupCodesService],
  exports: [UsersService],
})
export class UsersModule {}
