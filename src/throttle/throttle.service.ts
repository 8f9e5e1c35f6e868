import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, MoreThan, Repository } from 'typeorm';
import { hashSecret } from '../auth/secrets';
import { ThrottleHitEntity } from './throttle-hit.entity';

export interface Limit {
  /** A readable name (`login:account:<email>`); stored only hashed. */
  bucket: string;
  max: number;
  windowMs: number;
}

export interface Claim {
  /** Seconds to wait before trying again, or 0 when every limit allowed the attempt. */
  retryAfter: number;
  /** Ids of the hits this attempt wrote (kept on success or failure; removed when refused). */
  hitIds: string[];
}

/** The longest window any limit uses; older hits are pruned. */
export const LONGEST_WINDOW_MS = 24 * 3_600_000;

/**
 * Sliding-window limits whose state is in the database, so they hold across instances and under
 * concurrency: an attempt first writes its hit (committed on its own), then counts the hits of
 * its window. Of any two racing attempts the later-committed one sees the other, so at most `max`
 * attempts per window get through, however many arrive at once. A refused attempt removes its
 * hit again, so hammering a closed bucket does not keep it closed.
 */
@Injectable()
export class ThrottleService {
  constructor(@InjectRepository(ThrottleHitEntity) private readonly hits: Repository<ThrottleHitEntity>) {}

  async claim(limits: Limit[], now: Date): Promise<Claim> {
    const rows = limits.map((limit) => ({ id: randomUUID(), bucket: bucketKey(limit.bucket), at: now }));
    await this.hits.insert(rows);
    const waits = await Promise.all(limits.map((limit, i) => this.wait(limit, rows[i].bucket, now)));
    const retryAfter = Math.max(0, ...waits);
    const hitIds = rows.map((row) => row.id);
    if (retryAfter > 0) await this.hits.delete({ id: In(hitIds) });
    return { retryAfter, hitIds };
  }

  /** Forgets a bucket's hits (a successful login clears its account+address bucket). */
  async reset(bucket: string): Promise<void> {
    await this.hits.delete({ bucket: bucketKey(bucket) });
  }

  /** Gives back hits of an attempt that should not count (a successful one). */
  async release(hitIds: string[]): Promise<void> {
    if (hitIds.length) await this.hits.delete({ id: In(hitIds) });
  }

  async prune(now: Date): Promise<void> {
    const cutoff = +now - LONGEST_WINDOW_MS;
    await this.hits.createQueryBuilder().delete().where('at < :cutoff', { cutoff }).execute();
  }

  private async wait(limit: Limit, bucket: string, now: Date): Promise<number> {
    const recent = await this.hits.find({
      select: { at: true },
      where: { bucket, at: MoreThan(new Date(+now - limit.windowMs)) },
      order: { at: 'ASC' },
    });
    if (recent.length <= limit.max) return 0;
    // The attempt may go once enough of the oldest hits have left the window.
    const freeing = recent[recent.length - limit.max - 1];
    return Math.max(1, Math.ceil((+freeing.at + limit.windowMs - +now) / 1000));
  }
}

export const bucketKey = (bucket: string) => hashSecret(bucket);
