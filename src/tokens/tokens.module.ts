import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '../members/members.module';
import { ApiTokenEntity } from './api-token.entity';
import { TokensController } from './tokens.controller';
import { TokensService } from './tokens.service';

/** API tokens for integrations: scoped, optionally bound to one event, stored only as hashes. */
@Module({
  imports: [TypeOrmModule.forFeature([ApiTokenEntity]), MembersModule],
  controllers: [TokensController],
  providers: [TokensService],
  exports: [TokensService],
})
export class TokensModule {}
