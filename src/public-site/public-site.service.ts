import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { PublishedPrograms } from '../program-read/published-programs.service';
import { ShellEvent } from './site-pages';

@Injectable()
export class PublicSiteService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly published: PublishedPrograms,
  ) {}

  /** The event behind a page address, as its latest published version shows it; drafts are not found. */
  async publishedEvent(slug: string): Promise<ShellEvent | null> {
    if (slug.length > 120) return null;
    const row = await this.events.findOne({ select: { id: true, status: true }, where: { slug } });
    if (!row || row.status !== 'published') return null;
    const latest = await this.published.latest(row.id);
    if (!latest) return null;
    const { id, name, venue, description, startDate, endDate, timezone } = latest.program.event;
    return { id, name, startDate, endDate, timezone, ...(venue && { venue }), ...(description && { description }) };
  }
}
