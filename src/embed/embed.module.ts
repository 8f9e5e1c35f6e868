import { Module } from '@nestjs/common';
import { EmbedAssets } from './embed-assets';
import { EmbedController } from './embed.controller';

/** `GET /embed.js`: the `<agenda-program>` element for organizers' own sites (CORS: public-read-cors.ts). */
@Module({
  controllers: [EmbedController],
  providers: [EmbedAssets],
})
export class EmbedModule {}
