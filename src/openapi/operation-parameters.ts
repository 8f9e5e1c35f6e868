import type { OperationJson, ParameterJson } from './openapi-json';

/** Words and formats the API's naming rules give a parameter (ids are UUIDs, pages integers). */
export function finishParameter(parameter: ParameterJson): void {
  const name = parameter.name;
  if (name === undefined) return; // a reference to a shared parameter, complete already
  parameter.description ||= parameterWords(name);
  if (parameter.in === 'path' && /^(eventId|id|sessionId|userId|deliveryId)$/.test(name)) {
    parameter.schema = { type: 'string', format: 'uuid' };
  }
  if (parameter.in === 'path' && name === 'number') parameter.schema = { type: 'integer', minimum: 1 };
  if (parameter.in === 'query' && /^(page|limit|since)$/.test(name) && parameter.schema?.type === 'number')
    parameter.schema.type = 'integer';
}

/** Reads of an event's resources find the event by its slug as well as by its id (see AccessGuard). */
export function acceptSlug(operation: OperationJson): void {
  const eventId = (operation.parameters ?? []).find((p) => p.in === 'path' && p.name === 'eventId');
  if (!eventId) return;
  eventId.description = "The event's id, or its slug (reads only).";
  eventId.schema = {
    anyOf: [
      { type: 'string', format: 'uuid' },
      { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$' },
    ],
  };
}

function parameterWords(name: string): string {
  if (name === 'eventId') return "The event's id.";
  if (name === 'token') return "The agenda's secret token.";
  if (name === 'number') return 'The version number.';
  return `The ${name.replace(/Id$/, '')}'s id.`.replace("The id's id.", "The record's id.");
}

/** Adds a reference to a shared parameter (components/parameters), once. */
export function addParameter(operation: OperationJson, name: string): void {
  const $ref = `#/components/parameters/${name}`;
  operation.parameters = [...(operation.parameters ?? []).filter((p) => p.$ref !== $ref), { $ref }];
}
