import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottleModule } from '../throttle/throttle.module';
import { AgendaPruner } from './agenda-pruner.service';
import { AgendaEntity } from './agenda.entity';
import { AgendasController } from './agendas.controller';
import { AgendasService } from './agendas.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgendaEntity]), ThrottleModule],
  controllers: [AgendasController],
  providers: [AgendasService, AgendaPruner],
  exports: [AgendasService],
})
export class AgendasModule {}
