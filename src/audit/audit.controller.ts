import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { PaginationQueryDto } from '../common/dto/pagination.dto';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AuditService } from './audit.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { AuditPageDto } from './dto/audit-entry-response.dto';

@ApiTags('audit')
@Controller('events/:eventId/audit')
@EventAccess('owner')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. */
  @Get()
  @ApiDoc({ id: 'listAuditEntries', summary: "List the event's audit log", description: 'Newest first.' })
  list(@Param('eventId', ParseIdPipe) eventId: string, @Query() query: PaginationQueryDto): Promise<AuditPageDto> {
    return this.audit.list(eventId, query.page ?? 1, query.limit ?? 50);
  }
}
