import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { errorBody } from '../errors';

/** Route ids must be UUIDs: a malformed one is a 400 naming the parameter, an unknown one a 404 later. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) throw new BadRequestException(errorBody(400, `${metadata.data ?? 'id'} must be a UUID`));
    return value.toLowerCase();
  }
}
