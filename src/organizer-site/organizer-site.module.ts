import { Module } from '@nestjs/common';
import { ConsoleAssets } from './console-assets';
import { OrganizerSiteController } from './organizer-site.controller';

/** The organizer console under /organizer: an HTML shell and its bundle; all data goes through the REST API. */
@Module({
  controllers: [OrganizerSiteController],
  providers: [ConsoleAssets],
})
export class OrganizerSiteModule {}
