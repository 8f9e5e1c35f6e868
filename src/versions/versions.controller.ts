import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentPrincipal, EventAccess } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventsService } from '../events/events.service';
import { writeChangesAtom } from './changes-atom';
import { PublishDto } from './dto/publish.dto';
import { VersionsService } from './versions.service';

@ApiTags('versions')
@Controller('events/:eventId')
export class VersionsController {
  constructor(
    private readonly versions: VersionsService,
    private readonly events: EventsService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Freezes the working copy as the next numbered version; the first publish makes the event public. */
  @Post('publish')
  @EventAccess('write')
  @HttpCode(200)
  async publish(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: PublishDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    const version = await this.versions.publish(eventId, dto?.name, principal);
    return { ...(await this.events.get(eventId)), publishedVersion: version };
  }

  /** The changelog the next publish would produce. */
  @Get('publish/preview')
  @EventAccess('private')
  preview(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.versions.preview(eventId);
  }

  @Get('versions')
  @EventAccess('read')
  list(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.versions.list(eventId);
  }

  @Get('versions/:number')
  @EventAccess('read')
  program(@Param('eventId', ParseIdPipe) eventId: string, @Param('number', ParseIntPipe) number: number) {
    return this.versions.program(eventId, number);
  }

  @Get('versions/:number/changes')
  @EventAccess('read')
  changes(@Param('eventId', ParseIdPipe) eventId: string, @Param('number', ParseIntPipe) number: number) {
    return this.versions.changes(eventId, number);
  }

  /** `?since=n`: everything that changed from version n to the latest. */
  @Get('changes')
  @EventAccess('read')
  changesSince(@Param('eventId', ParseIdPipe) eventId: string, @Query('since', ParseIntPipe) since: number) {
    return this.versions.changesSince(eventId, since);
  }

  @Get('changes.atom')
  @EventAccess('read')
  @ApiProduces('application/atom+xml')
  async atom(@Param('eventId', ParseIdPipe) eventId: string, @Res() reply: FastifyReply) {
    const event = await this.events.get(eventId);
    const versions = await this.versions.recentChanges(eventId, 50);
    const base = `${this.config.publicBaseUrl}/api/events/${eventId}`;
    void reply.header('Content-Type', 'application/atom+xml; charset=utf-8').send(
      writeChangesAtom({
        id: `urn:uuid:${eventId}`,
        title: `${event.name}: schedule changes`,
        selfUrl: `${base}/changes.atom`,
        eventUrl: base,
        versions,
      }),
    );
  }
}
