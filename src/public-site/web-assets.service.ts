import { Injectable } from '@nestjs/common';
import { WebBundle } from '../common/http/web-bundle';

/** The public agenda pages' script and stylesheet (web/main.ts, web/agenda.css) at /assets/agenda.{js,css}. */
@Injectable()
export class WebAssets extends WebBundle {
  constructor() {
    super({ name: 'agenda', script: 'main.ts', stylesheet: 'agenda.css', urlBase: '/assets' });
  }
}
