import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { buildDataSourceOptions } from './data-source-options';
import { Dialect, dialectOf } from './dialect';
import { runMigrationsLocked } from './run-migrations';
import { SqliteDurability } from './sqlite-durability';
import { UnitOfWork } from './unit-of-work';

/**
 * SQLite: TypeORM runs the migrations itself during initialize (migrationsRun).
 * PostgreSQL: several instances may start at once against one database, so the migrations
 * run after initialize under an advisory lock instead (see runMigrationsLocked).
 */
async function createDataSource(options?: DataSourceOptions): Promise<DataSource> {
  if (options?.type !== 'postgres' || !options.migrationsRun) return new DataSource(options!);
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  try {
    await runMigrationsLocked(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config),
        migrationsRun: config.database.runMigrations,
      }),
      dataSourceFactory: createDataSource,
    }),
  ],
  providers: [{ provide: Dialect, useFactory: dialectOf, inject: [DataSource] }, UnitOfWork, SqliteDurability],
  exports: [Dialect, UnitOfWork],
})
export class DatabaseModule {}
