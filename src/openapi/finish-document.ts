import type { AccessPolicy } from '../auth/access.decorators';
import { DOC_EXTENSION } from './api-doc.decorator';
import { REQUEST_EXAMPLES } from './demo-examples';
import type { DocumentJson, OperationJson } from './openapi-json';
import { operationsOf } from './openapi-json';
import { ACCESS_EXTENSION, accessWords, securityOf } from './operation-access';
import { acceptSlug, addParameter, finishParameter } from './operation-parameters';
import { applyNamingFormats } from './schema-formats';
import { ERROR_REFS, HEADERS, PARAMETERS, STANDARD_RESPONSES } from './standard-components';

/**
 * Adds to the document what follows from the API's rules: OpenAPI 3.1, who may call each
 * operation, the shared error answers, ETag / If-None-Match / If-Match, parameter formats and
 * examples. Changes the document in place (@nestjs/swagger's object, typed by what it becomes).
 */
export function finishDocument<T extends DocumentJson>(document: T): T {
  const json: DocumentJson = document;
  json.openapi = '3.1.0';
  json.components = {
    ...json.components,
    responses: STANDARD_RESPONSES,
    headers: HEADERS,
    parameters: PARAMETERS,
  };
  for (const [path, method, operation] of operationsOf(json)) finishOperation(path, method, operation);
  json.components.schemas = applyNamingFormats(json.components.schemas ?? {});
  return document;
}

function finishOperation(path: string, method: string, operation: OperationJson): void {
  const doc = operation[DOC_EXTENSION] ?? { errors: [], ifMatch: false, noBody: false };
  const policy: AccessPolicy = operation[ACCESS_EXTENSION] ?? { kind: 'signed-in' };
  delete operation[DOC_EXTENSION];
  delete operation[ACCESS_EXTENSION];

  operation.security = securityOf(policy);
  if (policy.kind !== 'public')
    operation.description = `${operation.description ?? ''}\n\n${accessWords(policy)}`.trim();
  for (const parameter of operation.parameters ?? []) finishParameter(parameter);
  const requestJson = operation.requestBody?.content?.['application/json'];
  const example = REQUEST_EXAMPLES[requestJson?.schema?.$ref?.split('/').pop() ?? ''];
  if (requestJson && example) requestJson.example = example;
  if (method === 'get' && policy.kind === 'event') acceptSlug(operation);

  const responses = operation.responses;
  const [successStatus] = Object.keys(responses).filter((status) => status.startsWith('2'));
  const success = responses[successStatus];
  if (!success) throw new Error(`${method.toUpperCase()} ${path} documents no success answer`);
  success.description ||= operation.summary ?? 'Success';
  if (doc.noBody) delete success.content;
  if (doc.produces) success.content = { [doc.produces]: { schema: { type: 'string' } } };
  if (successStatus === '201') success.headers = { Location: { $ref: '#/components/headers/Location' } };

  // JSON reads get their ETag from registerHttpSemantics, feeds and schedule.xml from their cached documents.
  const cached = doc.produces === 'text/calendar' || doc.produces === 'application/xml';
  if (method === 'get' && (success.content?.['application/json'] || cached)) {
    success.headers = { ...success.headers, ETag: { $ref: '#/components/headers/ETag' } };
    addParameter(operation, 'IfNoneMatch');
    responses['304'] = { $ref: '#/components/responses/NotModified' };
  }
  if (doc.ifMatch) addParameter(operation, 'IfMatch');

  const errors = new Set<number>([400, 401, ...doc.errors]);
  if (policy.kind !== 'public' || method !== 'get') errors.add(403);
  if (path.includes('{')) errors.add(404);
  // Any request may carry a body, and the server reads it before routing further: 413 and 415 everywhere.
  [413, 415].forEach((status) => errors.add(status));
  if (doc.ifMatch) errors.add(412);
  for (const status of [...errors].sort()) {
    responses[status] ??= { $ref: `#/components/responses/${ERROR_REFS[status]}` };
  }
}
