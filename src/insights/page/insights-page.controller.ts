import { Controller, Get, Param, Query, Req, RequestMethod, Res } from '@nestjs/common';
import { RouteInfo } from '@nestjs/common/interfaces';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth/access.decorators';
import { errorBody } from '../../common/errors';
import { sendDocument } from '../../common/http/rendered-document';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { InsightsPageAssets } from './insights-page-assets';
import { insightsPage } from './insights-page.html';

/** Served without the `/api` prefix (configureApp excludes them). */
export const INSIGHTS_PAGE_ROUTES: RouteInfo[] = [
  { path: 'organizer/events/:eventId/insights', method: RequestMethod.GET },
  { path: 'organizer/assets/:file', method: RequestMethod.GET },
];

/** The organizer's insights page: a public shell and its assets; the data comes from the guarded API. */
@ApiExcludeController()
@Controller('organizer')
@Public()
export class InsightsPageController {
  constructor(private readonly assets: InsightsPageAssets) {}

  @Get('events/:eventId/insights')
  async page(@Param('eventId', ParseIdPipe) eventId: string, @Res() reply: FastifyReply): Promise<void> {
    const html = insightsPage(eventId, await this.assets.urls());
    void reply.header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
  }

  @Get('assets/:file')
  async asset(
    @Param('file') file: string,
    @Query('v') version: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const document = await this.assets.get(file);
    if (!document) {
      void reply.status(404).send(errorBody(404, `asset ${file} not found`));
      return;
    }
    const current = version !== undefined && document.etag.slice(1, 13) === version;
    sendDocument(
      request,
      reply,
      current ? { ...document, cacheControl: 'public, max-age=31536000, immutable' } : document,
    );
  }
}
