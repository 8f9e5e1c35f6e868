import { Controller, Get, Injectable, NotFoundException, Param, Req, RequestMethod, Res } from '@nestjs/common';
import { RouteInfo } from '@nestjs/common/interfaces';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { Public } from '../auth/access.decorators';
import { errorBody } from '../common/errors';
import { sendDocument } from '../common/http/rendered-document';
import { WebBundle } from '../common/http/web-bundle';
import { iconPng, iconSvg } from './app-icons';
import { ICON_SIZES, webAppManifest } from './web-app-manifest';

/** Served at the site's root so the worker's scope covers `/` and `/e/:slug` without `Service-Worker-Allowed`. */
export const WEB_APP_ROUTES: RouteInfo[] = [
  { path: 'sw.js', method: RequestMethod.GET },
  { path: 'manifest.webmanifest', method: RequestMethod.GET },
  { path: 'icons/:file', method: RequestMethod.GET },
];

/** web/offline/service-worker.ts, bundled on first use like the page's own script. */
@Injectable()
export class ServiceWorkerScript extends WebBundle {
  constructor() {
    super({ name: 'sw', script: 'offline/service-worker.ts', urlBase: '' });
  }
}

interface Icon {
  body: Buffer | string;
  type: string;
  etag: string;
}

function icon(body: Buffer | string, type: string): Icon {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** The agenda pages as an installable web app: the service worker, the manifest, the icons. */
@ApiExcludeController()
@Controller()
@Public()
export class WebAppController {
  private icons?: Map<string, Icon>;

  constructor(private readonly worker: ServiceWorkerScript) {}

  @Get('sw.js')
  async serviceWorker(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // no-cache: browsers check for a new worker on every visit, and the ETag makes that a 304
    sendDocument(request, reply, (await this.worker.get('sw.js'))!, 'no-cache');
  }

  @Get('manifest.webmanifest')
  manifest(@Res() reply: FastifyReply): void {
    void reply
      .header('Content-Type', 'application/manifest+json; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(JSON.stringify(webAppManifest()));
  }

  @Get('icons/:file')
  appIcon(@Param('file') file: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    this.icons ??= new Map([
      ...ICON_SIZES.map((size) => [`icon-${size}.png`, icon(iconPng(size), 'image/png')] as const),
      ['icon.svg', icon(iconSvg(), 'image/svg+xml')],
    ]);
    const found = this.icons.get(file);
    if (!found) throw new NotFoundException(errorBody(404, `no icon named ${file}`));
    void reply.header('ETag', found.etag).header('Cache-Control', 'public, max-age=86400');
    if (request.headers['if-none-match'] === found.etag) void reply.status(304).send();
    else void reply.header('Content-Type', found.type).send(found.body);
  }
}
