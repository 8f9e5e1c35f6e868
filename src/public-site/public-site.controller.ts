import { Controller, Get, Param, Query, Req, RequestMethod, Res } from '@nestjs/common';
import { RouteInfo } from '@nestjs/common/interfaces';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { sendDocument } from '../common/http/rendered-document';
import { PublicSiteService } from './public-site.service';
import { eventPage, eventsIndexPage, notFoundPage } from './site-pages';
import { WebAssets } from './web-assets.service';
import { WEB_APP_ROUTES } from './web-app.controller';

/** Routes served without the `/api` prefix (configureApp excludes them). */
export const PUBLIC_SITE_ROUTES: RouteInfo[] = [
  { path: '/', method: RequestMethod.GET },
  { path: 'e/:slug', method: RequestMethod.GET },
  { path: 'assets/:file', method: RequestMethod.GET },
  ...WEB_APP_ROUTES,
];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The attendees' pages: HTML shells and the script and stylesheet that fill them from the public API. */
@ApiExcludeController()
@Controller()
@Public()
export class PublicSiteController {
  constructor(
    private readonly assets: WebAssets,
    private readonly site: PublicSiteService,
  ) {}

  @Get()
  async index(@Res() reply: FastifyReply): Promise<void> {
    sendHtml(reply, 200, eventsIndexPage(await this.assets.urls()));
  }

  @Get('e/:slug')
  async event(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    const [event, urls] = await Promise.all([this.site.publishedEvent(slug), this.assets.urls()]);
    if (!event) sendHtml(reply, 404, notFoundPage(urls));
    else sendHtml(reply, 200, eventPage(event, urls));
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
      sendHtml(reply, 404, notFoundPage(await this.assets.urls()));
      return;
    }
    // Only the URL naming the current build may be cached for good; any other is revalidated.
    sendDocument(request, reply, document, (await this.assets.isCurrent(file, version)) ? IMMUTABLE : undefined);
  }
}

function sendHtml(reply: FastifyReply, status: number, html: string): void {
  void reply
    .status(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-cache')
    .send(html);
}
