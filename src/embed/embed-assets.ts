import { Injectable } from '@nestjs/common';
import { WebBundle } from '../common/http/web-bundle';

/** The embed script (web/embed/main.tsx) at /embed.js: it brings its styles inside its shadow root. */
@Injectable()
export class EmbedAssets extends WebBundle {
  constructor() {
    super({ name: 'embed', script: 'embed/main.tsx', urlBase: '' });
  }
}
