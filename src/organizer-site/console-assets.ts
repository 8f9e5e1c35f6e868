import { Injectable } from '@nestjs/common';
import { WebBundle } from '../common/http/web-bundle';

/** The organizer console's script and stylesheet (web/console/) at /organizer/static/console.{js,css}. */
@Injectable()
export class ConsoleAssets extends WebBundle {
  constructor() {
    super({
      name: 'console',
      script: 'console/main.tsx',
      stylesheet: 'console/console.css',
      urlBase: '/organizer/static',
    });
  }
}
