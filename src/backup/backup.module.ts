import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SessionsModule } from '../sessions/sessions.module';
import { VersionsModule } from '../versions/versions.module';
import { BackupController } from './backup.controller';
import { BackupService } from './backup.service';

@Module({
  imports: [EventsModule, VersionsModule, SessionsModule],
  controllers: [BackupController],
  providers: [BackupService],
})
export class BackupModule {}
