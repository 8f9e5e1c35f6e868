import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { Page, PaginationQueryDto } from '../common/dto/pagination.dto';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AuditEntryResponse, AuditService } from './audit.service';

@ApiTags('audit')
@Controller('events/:eventId/audit')
@EventAccess('owner')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. */
  @Get()
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<AuditEntryResponse>> {
    return this.audit.list(eventId, query.page ?? 1, query.limit ?? 50);
  }
}
