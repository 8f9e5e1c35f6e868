import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { ThrottleService } from '../throttle/throttle.service';
import { AgendasService } from './agendas.service';

const EVERY_MS = 6 * 3_600_000;

/** Every 6 hours: deletes agendas unused for the retention period, and throttle hits past every window. */
@Injectable()
export class AgendaPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Prune');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly agendas: AgendasService,
    private readonly throttle: ThrottleService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(this.clock.now()).catch(() => undefined), EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(now: Date): Promise<{ agendas: number }> {
    const agendas = await this.agendas.pruneUnused(now);
    await this.throttle.prune(now);
    if (agendas) this.logger.log(`deleted ${agendas} agendas unused for the retention period`);
    return { agendas };
  }
}
