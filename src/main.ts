import { Logger } from '@nestjs/common';
import { createApp } from './app.setup';
import { loadConfig } from './config/app-config';
import { limitHeapGrowth } from './config/heap-growth';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowingPercent);
  // LOG_LEVEL=debug adds Nest's start-up detail (every module and route mapped).
  const app = await createApp(
    config,
    process.env.LOG_LEVEL === 'debug' ? { logger: ['log', 'warn', 'error', 'debug'] } : {},
  );
  await app.listen(config.port, config.host);
  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : config.database.path;
  Logger.log(
    `Agenda planner on http://localhost:${config.port}/ (API: /api, docs: /api/docs, database: ${where})`,
    'Bootstrap',
  );
}

void bootstrap();
