import { Injectable } from '@nestjs/common';
import { WebBundle } from '../../common/http/web-bundle';

/** The insights page's script and stylesheet (web/insights/) at /organizer/assets/insights.{js,css}. */
@Injectable()
export class InsightsPageAssets extends WebBundle {
  constructor() {
    super({
      name: 'insights',
      script: 'insights/main.ts',
      stylesheet: 'insights/insights.css',
      urlBase: '/organizer/assets',
    });
  }
}
