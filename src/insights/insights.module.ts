import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FeedReachRecorder } from './feed-reach/feed-reach.recorder';
import { FeedReachStore } from './feed-reach/feed-reach.store';
import { InsightsController } from './insights.controller';
import { InsightsService } from './insights.service';
import { InsightsPageAssets } from './page/insights-page-assets';
import { InsightsPageController } from './page/insights-page.controller';

/** Insights for organizers: session interest, room fit, feed reach, and the page that draws them. */
@Module({
  imports: [AuthModule],
  controllers: [InsightsController, InsightsPageController],
  providers: [InsightsService, FeedReachRecorder, FeedReachStore, InsightsPageAssets],
})
export class InsightsModule {}
