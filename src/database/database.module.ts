import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { buildDataSourceOptions } from './data-source-options';
import { ProgramWriter } from './program-writer.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config),
        migrationsRun: config.database.runMigrations,
      }),
    }),
  ],
  providers: [ProgramWriter],
  exports: [ProgramWriter],
})
export class DatabaseModule {}
