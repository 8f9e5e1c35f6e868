import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { errorBody } from '../common/errors';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Liveness plus a round trip to the database. */
  @Get()
  async check(): Promise<{ status: 'ok'; database: { type: string; reachable: true } }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException(errorBody(503, 'database unreachable'));
    }
    return { status: 'ok', database: { type: this.dataSource.options.type, reachable: true } };
  }
}
