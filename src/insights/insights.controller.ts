import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { InsightsQueryDto } from './dto/insights-query.dto';
import { InsightsResponseDto } from './dto/insights-response.dto';
import { feedReachCsv, insightsSessionsCsv } from './insights.csv';
import { InsightsService } from './insights.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

/** Organizer insights: interest per session, room fit and feed reach (aggregates only). */
@ApiTags('insights')
@EventAccess('private')
@Controller('events/:eventId')
export class InsightsController {
  constructor(private readonly service: InsightsService) {}

  @Get('insights')
  @ApiDoc({
    id: 'getInsights',
    summary: 'Interest and room fit',
    description: 'Stars per session from personal agendas, room fit and feed reach.',
  })
  insights(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: InsightsQueryDto,
  ): Promise<InsightsResponseDto> {
    return this.service.insights(eventId, query.noShowRate);
  }

  @Get('insights.csv')
  @ApiProduces('text/csv')
  @ApiDoc({ id: 'getInsightsCsv', summary: 'Interest per session as CSV', produces: 'text/csv' })
  async sessionsCsv(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: InsightsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return csv(
      reply,
      'insights-sessions.csv',
      insightsSessionsCsv(await this.service.insights(eventId, query.noShowRate)),
    );
  }

  @Get('insights/feed-reach.csv')
  @ApiProduces('text/csv')
  @ApiDoc({ id: 'getFeedReachCsv', summary: 'Feed reach as CSV', produces: 'text/csv' })
  async feedReachCsv(@Param('eventId', ParseIdPipe) eventId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return csv(reply, 'insights-feed-reach.csv', feedReachCsv(await this.service.insights(eventId)));
  }
}

function csv(reply: FastifyReply, filename: string, body: string): string {
  reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'no-store');
  return body;
}
