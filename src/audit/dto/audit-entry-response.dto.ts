import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../common/dto/pagination.dto';

export class AuditActorDto {
  type: 'user' | 'token';
  /** The user's or token's id. */
  id: string;
  name: string;
}

export class AuditEntryResponseDto {
  id: string;
  at: string;
  actor: AuditActorDto;
  method: string;
  /** The route with placeholders, e.g. /api/events/:eventId/sessions/:id */
  route: string;
  entity: string;
  entityId?: string;
  /** HTTP status of the answer. */
  status: number;
  /** For each changed field, its value before and after. */
  @ApiPropertyOptional({
    type: 'object',
    nullable: true,
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
  })
  changes?: Record<string, { before?: unknown; after?: unknown }> | null;
  requestId: string;
}

export class AuditPageDto extends PageOf(AuditEntryResponseDto) {}
