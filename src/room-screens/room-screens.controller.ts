import { Controller, Get, Param, Query, Req, RequestMethod, Res } from '@nestjs/common';
import { RouteInfo } from '@nestjs/common/interfaces';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { errorBody } from '../common/errors';
import { sendDocument } from '../common/http/rendered-document';
import { escapeHtml, page } from '../public-site/site-pages';
import { RoomScreenAssets } from './room-screen-assets';
import { roomScreenPage } from './room-screen-page';
import { RoomScreensService } from './room-screens.service';

/** Served without the `/api` prefix (configureApp excludes them). */
export const ROOM_SCREEN_ROUTES: RouteInfo[] = [
  { path: 'e/:slug/screens', method: RequestMethod.GET },
  { path: 'e/:slug/screens/:roomId', method: RequestMethod.GET },
  { path: 'screens/assets/:file', method: RequestMethod.GET },
];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Room screens: now and next for the whole venue or one room, filled from the public API. */
@ApiExcludeController()
@Controller()
@Public()
export class RoomScreensController {
  constructor(
    private readonly assets: RoomScreenAssets,
    private readonly screens: RoomScreensService,
  ) {}

  @Get('e/:slug/screens')
  venue(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    return this.answer(reply, slug);
  }

  @Get('e/:slug/screens/:roomId')
  async room(@Param('slug') slug: string, @Param('roomId') roomId: string, @Res() reply: FastifyReply) {
    if (!isUUID(roomId)) return this.problem(reply, 400, 'roomId must be a UUID');
    return this.answer(reply, slug, roomId);
  }

  @Get('screens/assets/:file')
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

  private async answer(reply: FastifyReply, slug: string, roomId?: string): Promise<void> {
    const [shell, urls] = await Promise.all([this.screens.shell(slug, roomId), this.assets.urls()]);
    if (!shell) return this.problem(reply, 404, 'No published event or room at this address.');
    sendHtml(reply, 200, roomScreenPage(shell, urls));
  }

  private async problem(reply: FastifyReply, status: number, message: string): Promise<void> {
    const html = page({
      title: 'No such screen',
      assets: await this.assets.urls(),
      noindex: true,
      attributes: { 'data-page': 'not-found' },
      body: `<main id="main" class="screen" tabindex="-1"><h1>No such screen</h1><p>${escapeHtml(message)} <a href="/">See all events</a>.</p></main>`,
    });
    sendHtml(reply, status, html);
  }
}

function sendHtml(reply: FastifyReply, status: number, html: string): void {
  void reply
    .status(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-cache')
    .send(html);
}
