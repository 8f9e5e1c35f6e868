import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { errorBody } from '../common/errors';
import { Dialect } from '../database/dialect';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { HealthResponseDto } from './dto/health-response.dto';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  /** Liveness plus a round trip to the database. */
  @Get()
  @ApiDoc({ id: 'getHealth', summary: 'Liveness and database reachability', errors: [503] })
  async check(): Promise<HealthResponseDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException(errorBody(503, 'database unreachable'));
    }
    return { status: 'ok', database: { type: this.dialect.name, reachable: true } };
  }
}
