import type { SchemaJson } from './openapi-json';

/**
 * The API's naming rules are its formats, applied to every schema in one place instead of on
 * each of some 400 properties: `*At`, `overlapStart/End` are instants (date-time), `*Date` local
 * dates, `id` and `*Id` UUIDs, counts and versions integers. The contract test validates every
 * response against these formats, so a field that breaks a rule fails a test.
 */
const DATE_TIME = /(At|^overlapStart|^overlapEnd|^since|^until)$/;
const DATE = /(^startDate|^endDate|^date|^day|^days)$/;
const UUID = /^(id|[a-z][A-Za-z]*Id)$/;
const NOT_UUID = /^(externalId|numericId|messageId|requestId|actorId|entityId)$/;
const INTEGER =
  /^(version|currentVersion|programVersion|proposalVersion|publishedVersion|nextNumber|number|total|page|limit|statusCode|capacity|position|numericId|durationMinutes|expectedAttendance|attempts|lastStatus|retryAfter|sequence|seed|iterations|iterationBudget|sessionsToPlace|fixedSessions|[a-z][A-Za-z]*Count|count|added|updated|removed|moved|changed|cancelled|stars|subscribers)$/;

export function applyNamingFormats(schemas: Record<string, SchemaJson>): Record<string, SchemaJson> {
  for (const schema of Object.values(schemas)) walk(schema);
  return schemas;
}

function walk(schema: SchemaJson | undefined): void {
  if (!schema || typeof schema !== 'object') return;
  toOpenApi31(schema);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const target =
      property.type === 'array' || (Array.isArray(property.type) && property.items) ? property.items : property;
    if (target && !target.$ref) applyFormat(name, target);
    walk(property);
  }
  if (schema.items) walk(schema.items);
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) for (const part of schema[key] ?? []) walk(part);
  if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties);
}

function applyFormat(name: string, schema: SchemaJson): void {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string' && !schema.format && !schema.enum) {
    if (DATE_TIME.test(name)) schema.format = 'date-time';
    else if (DATE.test(name)) schema.format = 'date';
    else if (UUID.test(name) && !NOT_UUID.test(name)) schema.format = 'uuid';
  }
  if (type === 'number' && !schema.format && INTEGER.test(name)) {
    schema.type = Array.isArray(schema.type) ? ['integer', ...schema.type.slice(1)] : 'integer';
  }
}

/** @nestjs/swagger 11 writes OpenAPI 3.0 nullability; 3.1 says it with JSON Schema types. */
function toOpenApi31(schema: SchemaJson): void {
  if (schema.nullable !== true) {
    delete schema.nullable;
    return;
  }
  delete schema.nullable;
  if (typeof schema.type === 'string') {
    schema.type = [schema.type, 'null'];
    if (schema.enum) schema.enum = [...schema.enum, null];
  } else if (schema.$ref || schema.allOf) {
    const { description, ...rest } = schema;
    for (const key of Object.keys(schema)) Reflect.deleteProperty(schema, key);
    Object.assign(
      schema,
      { oneOf: [rest.$ref ? { $ref: rest.$ref } : rest, { type: 'null' }] },
      description && { description },
    );
  }
}
