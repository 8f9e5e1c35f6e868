import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateWebhookDto } from './create-webhook.dto';

/** A new `secret` replaces the old one for every later attempt, retries included. */
export class UpdateWebhookDto extends IntersectionType(PartialType(CreateWebhookDto), VersionedDto) {}
