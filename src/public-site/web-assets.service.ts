import { Injectable } from '@nestjs/common';
import { WebBundle } from '../common/http/web-bundle';

/**
 * The public agenda pages' script and stylesheet (web/main.ts, web/agenda.css) at /assets/agenda.{js,css},
 * and what the script loads only when needed (the Markdown renderer of the session details) beside them.
 */
@Injectable()
export class WebAssets extends WebBundle {
  constructor() {
    super({ name: 'agenda', script: 'main.ts', stylesheet: 'agenda.css', urlBase: '/assets', splitting: true });
  }
}
