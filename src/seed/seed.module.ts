import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PresentationsModule } from '../presentations/presentations.module';
import { RoomsModule } from '../rooms/rooms.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SlotsModule } from '../slots/slots.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { TracksModule } from '../tracks/tracks.module';
import { VersionsModule } from '../versions/versions.module';
import { DemoSeeder } from './demo-seeder.service';

@Module({
  imports: [
    EventsModule,
    TracksModule,
    RoomsModule,
    SlotsModule,
    SpeakersModule,
    SessionsModule,
    PresentationsModule,
    VersionsModule,
  ],
  providers: [DemoSeeder],
})
export class SeedModule {}
