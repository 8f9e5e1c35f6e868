import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtension, ApiOperation, ApiResponse } from '@nestjs/swagger';

/** Statuses an operation documents beyond those every operation gets from its shape (see finish-document.ts). */
export type ExtraError = 404 | 409 | 422 | 429 | 503;

export interface ApiDocOptions {
  /** The operationId: a verb and a noun, e.g. `listSessions`, `publishEvent`. */
  id: string;
  summary: string;
  description?: string;
  errors?: ExtraError[];
  /** Writes of a versioned record: `If-Match` accepted, 412 when stale. */
  ifMatch?: boolean;
  /** A non-JSON body (iCalendar, XML, CSV, Atom): its media type. */
  produces?: string;
  /** The success body when the handler's return type cannot tell (e.g. it writes to the reply). */
  type?: Type<unknown> | [Type<unknown>];
  /** Success status when it is not the method's default. */
  status?: number;
  /** The success answer has no body (e.g. 202). */
  noBody?: boolean;
}

/** Private to the document builder; removed from the served document. */
export const DOC_EXTENSION = 'x-agenda-doc';

/** One line per handler: operationId, words, and what the post-processor needs to add headers and errors. */
export function ApiDoc(options: ApiDocOptions): MethodDecorator {
  const { id, summary, description, type, status } = options;
  const decorators = [
    ApiOperation({ operationId: id, summary, description: description ?? summary }),
    ApiExtension(DOC_EXTENSION, {
      errors: options.errors ?? [],
      ifMatch: options.ifMatch ?? false,
      produces: options.produces,
      noBody: options.noBody ?? false,
    }),
  ];
  if (type) decorators.push(ApiResponse({ status: status ?? 200, type, description: summary }));
  return applyDecorators(...decorators);
}
