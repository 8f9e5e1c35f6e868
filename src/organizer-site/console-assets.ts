import { Injectable } from '@nestjs/common';
import { WebBundle } from '../common/http/web-bundle';

/**
 * The organizer console's script and stylesheet (web/console/) at /organizer/static/console.{js,css}.
 * The stylesheet is what the modules import (console.css, and the schedule editor's own CSS).
 */
@Injectable()
export class ConsoleAssets extends WebBundle {
  constructor() {
    super({
      name: 'console',
      script: 'console/main.tsx',
      urlBase: '/organizer/static',
    });
  }
}
