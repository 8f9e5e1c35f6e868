import { DynamicModule, Module } from '@nestjs/common';
import { AgendasModule } from './agendas/agendas.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BackupModule } from './backup/backup.module';
import { CalendarModule } from './calendar/calendar.module';
import { AppConfig, loadConfig } from './config/app-config';
import { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import { ConfigModule } from './config/config.module';
import { CsvModule } from './csv/csv.module';
import { DatabaseModule } from './database/database.module';
import { EmbedModule } from './embed/embed.module';
import { EventsModule } from './events/events.module';
import { InsightsModule } from './insights/insights.module';
import { InteropModule } from './interop/interop.module';
import { LiveModule } from './live/live.module';
import { PlannerModule } from './planner/planner.module';
import { OrganizerSiteModule } from './organizer-site/organizer-site.module';
import { HealthController } from './health/health.controller';
import { PresentationsModule } from './presentations/presentations.module';
import { PublicSiteModule } from './public-site/public-site.module';
import { RoomsModule } from './rooms/rooms.module';
import { RoomScreensModule } from './room-screens/room-screens.module';
import { SeedModule } from './seed/seed.module';
import { SessionsModule } from './sessions/sessions.module';
import { SlotsModule } from './slots/slots.module';
import { SpeakersModule } from './speakers/speakers.module';
import { TracksModule } from './tracks/tracks.module';
import { VersionsModule } from './versions/versions.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WorkersModule } from './common/workers/workers.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig = loadConfig(), clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DatabaseModule,
        WorkersModule,
        AuthModule,
        AuditModule,
        EventsModule,
        TracksModule,
        RoomsModule,
        SlotsModule,
        SpeakersModule,
        SessionsModule,
        PresentationsModule,
        AgendasModule,
        CalendarModule,
        CsvModule,
        InteropModule,
        BackupModule,
        VersionsModule,
        WebhooksModule,
        SeedModule,
        PublicSiteModule,
        InsightsModule,
        PlannerModule,
        LiveModule,
        OrganizerSiteModule,
        RoomScreensModule,
        EmbedModule,
      ],
      controllers: [HealthController],
    };
  }
}
