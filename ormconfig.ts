import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config/app-config';
import { buildDataSourceOptions } from './src/database/data-source-options';

/** Used by the TypeORM CLI: `npm run migration:run`, `migration:generate`, `migration:revert`. */
export default new DataSource(buildDataSourceOptions(loadConfig()));
