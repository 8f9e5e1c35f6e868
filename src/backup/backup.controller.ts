import { Body, Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, EventAccess, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { VersionsService } from '../versions/versions.service';
import { FastifyReply } from 'fastify';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { BackupDocumentDto } from './dto/backup-document.dto';
import { BackupService } from './backup.service';
import { RestoreResultDto } from './dto/restore-result.dto';
import { ApiDoc } from '../openapi/api-doc.decorator';

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
  @ApiDoc({
    id: 'exportEvent',
    summary: 'Back up an event',
    description: "Everything of one event, speakers' e-mails included; agendas only as token hashes.",
  })
  async export(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BackupDocumentDto> {
    const { filename, document } = await this.service.export(eventId);
    reply.header('Content-Disposition', `attachment; filename="${filename}"`);
    return document;
  }

  /** A backup document (up to 25 MB) becomes a new event: fresh ids, slug suffixed if taken. */
  @Post('restore')
  @SignedIn({ write: true })
  @ApiBody({ type: BackupDocumentDto, description: 'A document from GET /api/events/{eventId}/export.json.' })
  @ApiDoc({
    id: 'restoreEvent',
    summary: 'Restore a backup as a new event',
    description: 'A backup document (up to 25 MB) becomes a new event: fresh ids, slug suffixed if taken.',
  })
  async restore(@Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<RestoreResultDto> {
    const result = await this.service.restore(body, principal.kind === 'anonymous' ? undefined : principal.userId);
    // Backups hold the working copy, not the published versions: a published event starts again at version 1.
    if (result.event.status === 'published') await this.versions.publish(result.event.id, 'Restored', principal);
    return result;
  }
}
