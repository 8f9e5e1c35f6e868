import { Body, Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, EventAccess, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { VersionsService } from '../versions/versions.service';
import { FastifyReply } from 'fastify';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { BackupDocument } from './backup-document';
import { BackupService } from './backup.service';
import { RestoreResultDto } from './dto/restore-result.dto';

/** Lossless backup of one event, and its restore as a new event. */
@ApiTags('backup')
@Controller('events')
export class BackupController {
  constructor(
    private readonly service: BackupService,
    private readonly versions: VersionsService,
  ) {}

  /** Everything of one event, speakers' e-mails included; agendas only as token hashes. */
  @Get(':eventId/export.json')
  @EventAccess('private')
  @Header('Cache-Control', 'no-store')
  async export(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BackupDocument> {
    const { filename, document } = await this.service.export(eventId);
    reply.header('Content-Disposition', `attachment; filename="${filename}"`);
    return document;
  }

  /** A backup document (up to 25 MB) becomes a new event: fresh ids, slug suffixed if taken. */
  @Post('restore')
  @SignedIn({ write: true })
  @ApiBody({ schema: { type: 'object', description: 'a document from GET /api/events/{eventId}/export.json' } })
  async restore(@Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<RestoreResultDto> {
    const result = await this.service.restore(body, principal.kind === 'anonymous' ? undefined : principal.userId);
    // Backups hold the working copy, not the published versions: a published event starts again at version 1.
    if (result.event.status === 'published') await this.versions.publish(result.event.id, 'Restored', principal);
    return result;
  }
}
