import { Controller, Get, Param, Query, Req, RequestMethod, Res } from '@nestjs/common';
import { RouteInfo } from '@nestjs/common/interfaces';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { errorBody } from '../common/errors';
import { sendDocument } from '../common/http/rendered-document';
import { ConsoleAssets } from './console-assets';
import { consolePage } from './console-page.html';

/** Served without the `/api` prefix (configureApp excludes them). The insights page keeps its own, more specific routes. */
export const ORGANIZER_SITE_ROUTES: RouteInfo[] = [
  { path: 'organizer', method: RequestMethod.GET },
  { path: 'organizer/{*path}', method: RequestMethod.GET },
];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The organizer console: one HTML shell for every /organizer address (the script routes) and its assets. */
@ApiExcludeController()
@Controller('organizer')
@Public()
export class OrganizerSiteController {
  constructor(private readonly assets: ConsoleAssets) {}

  @Get('static/:file')
  async asset(
    @Param('file') file: string,
    @Query('v') version: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = await this.assets.get(file);
    if (!document) {
      void reply.status(404).send(errorBody(404, `asset ${file} not found`));
      return;
    }
    sendDocument(request, reply, document, (await this.assets.isCurrent(file, version)) ? IMMUTABLE : undefined);
  }

  @Get(['', '*'])
  async shell(@Res() reply: FastifyReply): Promise<void> {
    void reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(consolePage(await this.assets.urls()));
  }
}
