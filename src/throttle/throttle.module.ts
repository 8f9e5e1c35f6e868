import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottleHitEntity } from './throttle-hit.entity';
import { ThrottleService } from './throttle.service';

/** Rate limits kept in the database, so every instance counts the same hits (logins, agenda creation). */
@Module({
  imports: [TypeOrmModule.forFeature([ThrottleHitEntity])],
  providers: [ThrottleService],
  exports: [ThrottleService],
})
export class ThrottleModule {}
