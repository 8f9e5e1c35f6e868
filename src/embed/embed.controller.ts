import { Controller, Get, Req, RequestMethod, Res } from '@nestjs/common';
import { RouteInfo } from '@nestjs/common/interfaces';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { sendDocument } from '../common/http/rendered-document';
import { EmbedAssets } from './embed-assets';

/** Served without the `/api` prefix (configureApp excludes it). */
export const EMBED_ROUTES: RouteInfo[] = [{ path: 'embed.js', method: RequestMethod.GET }];

/**
 * `<script type="module" src="…/embed.js">` on an organizer's own site. A module script from
 * another origin is fetched in CORS mode and checked against CORP, so both say "anyone"; the
 * address never changes, so caches keep it a few minutes and then revalidate by ETag.
 */
@ApiExcludeController()
@Controller()
@Public()
export class EmbedController {
  constructor(private readonly assets: EmbedAssets) {}

  @Get('embed.js')
  async script(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const document = (await this.assets.get('embed.js'))!;
    void reply.header('Access-Control-Allow-Origin', '*').header('Cross-Origin-Resource-Policy', 'cross-origin');
    sendDocument(request, reply, document, 'public, max-age=300');
  }
}
