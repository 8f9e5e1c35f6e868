import { Injectable } from '@nestjs/common';
import { WebBundle } from '../common/http/web-bundle';

/** The room screens' script and stylesheet (web/screens/) at /screens/assets/screens.{js,css}. */
@Injectable()
export class RoomScreenAssets extends WebBundle {
  constructor() {
    super({
      name: 'screens',
      script: 'screens/main.tsx',
      stylesheet: 'screens/screens.css',
      urlBase: '/screens/assets',
    });
  }
}
