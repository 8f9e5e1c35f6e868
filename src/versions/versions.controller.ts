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
import { ApiDoc } from '../openapi/api-doc.decorator';
import { pageOf, PaginationQueryDto } from '../common/dto/pagination.dto';
import {
  ChangesResponseDto,
  PublishedProgramDto,
  PublishPreviewDto,
  PublishResponseDto,
  VersionPageDto,
} from './dto/version-response.dto';
import { ChangesSinceQueryDto } from './dto/changes-since-query.dto';

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
  @ApiDoc({
    id: 'publishEvent',
    summary: 'Publish the program',
    description: 'Freezes the working copy as the next numbered version; the first publish makes the event public.',
  })
  async publish(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: PublishDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PublishResponseDto> {
    const version = await this.versions.publish(eventId, dto?.name, principal);
    return { ...(await this.events.get(eventId)), publishedVersion: version };
  }

  /** The changelog the next publish would produce. */
  @Get('publish/preview')
  @EventAccess('private')
  @ApiDoc({
    id: 'previewPublish',
    summary: 'Preview the next publish',
    description: 'The changelog the next publish would produce.',
  })
  preview(@Param('eventId', ParseIdPipe) eventId: string): Promise<PublishPreviewDto> {
    return this.versions.preview(eventId);
  }

  @Get('versions')
  @EventAccess('read')
  @ApiDoc({ id: 'listVersions', summary: 'List the published versions', description: 'Newest first.' })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: PaginationQueryDto,
  ): Promise<VersionPageDto> {
    return pageOf(await this.versions.list(eventId), query);
  }

  @Get('versions/:number')
  @EventAccess('read')
  @ApiDoc({ id: 'getVersion', summary: "Get a published version's program" })
  program(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<PublishedProgramDto> {
    return this.versions.program(eventId, number);
  }

  @Get('versions/:number/changes')
  @EventAccess('read')
  @ApiDoc({
    id: 'getVersionChanges',
    summary: "Get a version's changelog",
    description: 'What changed against the version before it.',
  })
  changes(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<ChangesResponseDto> {
    return this.versions.changes(eventId, number);
  }

  /** `?since=n`: everything that changed from version n to the latest. */
  @Get('changes')
  @EventAccess('read')
  @ApiDoc({
    id: 'listChangesSince',
    summary: 'Changes since a version',
    description: 'Everything that changed from version `since` to the latest.',
  })
  changesSince(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ChangesSinceQueryDto,
  ): Promise<ChangesResponseDto> {
    return this.versions.changesSince(eventId, query.since);
  }

  @Get('changes.atom')
  @EventAccess('read')
  @ApiProduces('application/atom+xml')
  @ApiDoc({ id: 'getChangesAtom', summary: 'Atom feed of schedule changes', produces: 'application/atom+xml' })
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
