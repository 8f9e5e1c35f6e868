import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page } from '../common/dto/pagination.dto';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditEntryResponse {
  id: string;
  at: string;
  actor: { type: 'user' | 'token'; id: string; name: string };
  method: string;
  route: string;
  entity: string;
  entityId?: string;
  status: number;
  changes?: AuditEntryEntity['changes'];
  requestId: string;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async list(eventId: string, page: number, limit: number): Promise<Page<AuditEntryResponse>> {
    const [items, total] = await this.entries.findAndCount({
      where: { eventId },
      order: { at: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
    return { items: items.map(mapEntry), total, page, limit };
  }
}

function mapEntry(entry: AuditEntryEntity): AuditEntryResponse {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: { type: entry.actorType, id: entry.actorId, name: entry.actorName },
    method: entry.method,
    route: entry.route,
    entity: entry.entity,
    ...(entry.entityId && { entityId: entry.entityId }),
    status: entry.status,
    ...(entry.changes && { changes: entry.changes }),
    requestId: entry.requestId,
  };
}
