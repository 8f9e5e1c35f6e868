import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { appendFileSync } from 'node:fs';

/** One answer of the app under test, as the server sent it. */
export interface ObservedResponse {
  method: string;
  /** The matched route pattern (`/api/events/:eventId`), undefined when no route matched. */
  route: string | undefined;
  url: string;
  status: number;
  headers: Record<string, unknown>;
  /** The serialized body when it is a string or buffer; undefined for streams and empty answers. */
  body: string | undefined;
}

const DOC_ID = 'https://agenda.example/openapi.json';

/**
 * Checks responses against the served OpenAPI document: the status must be documented for the
 * operation, the media type must be one it lists, and a JSON body must validate against its schema
 * (formats included: uuid, date-time, date, uri-reference).
 */
export class ContractChecker {
  readonly violations: string[] = [];
  validated = 0;
  /** Answers to no documented operation (unknown routes, HEAD and OPTIONS, the docs themselves). */
  skipped = 0;
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, verbose: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly operations = new Map<string, any>();

  constructor(private readonly document: any) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas: document.components.schemas } });
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) this.operations.set(`${method} ${path}`, operation);
    }
  }

  check(response: ObservedResponse): void {
    const method = response.method.toLowerCase();
    if (!response.route || method === 'head' || method === 'options' || response.route.startsWith('/api/docs')) {
      this.skipped++;
      return;
    }
    const path = response.route.replace(/:([A-Za-z]+)/g, '{$1}');
    const operation = this.operations.get(`${method} ${path}`);
    const where = `${response.method} ${response.url} → ${response.status}`;
    if (!operation) {
      if (response.status === 405) return void this.validated++; // a known path, a method it does not have
      if (!response.route.startsWith('/api/')) return void this.skipped++; // the public pages are HTML, not the API
      return void this.violations.push(`${where}: no operation ${method} ${path} in the document`);
    }
    this.validated++;
    const documented = this.resolve(operation.responses[String(response.status)]);
    if (!documented) {
      this.violations.push(`${where}: status ${response.status} not documented for ${operation.operationId}`);
      return;
    }
    this.checkHeaders(where, documented, response);
    this.checkBody(where, `${operation.operationId} ${response.status}`, documented, response);
  }

  private checkHeaders(where: string, documented: any, response: ObservedResponse): void {
    for (const name of ['ETag', 'Location', 'Retry-After', 'WWW-Authenticate']) {
      if (documented.headers?.[name] && name !== 'Location' && response.headers[name.toLowerCase()] === undefined)
        this.violations.push(`${where}: documented header ${name} missing`);
    }
  }

  private checkBody(where: string, key: string, documented: any, response: ObservedResponse): void {
    const header = response.headers['content-type'];
    const contentType = (typeof header === 'string' ? header : '').split(';')[0].trim();
    if (!documented.content) {
      if (response.body) this.violations.push(`${where}: a body where the document says none`);
      return;
    }
    const media = documented.content[contentType];
    if (!media) {
      const listed = Object.keys(documented.content).join(', ');
      this.violations.push(`${where}: content-type "${contentType}" not among ${listed}`);
      return;
    }
    if (contentType !== 'application/json' || response.body === undefined) return;
    if (response.headers['content-encoding']) return; // a gzipped document: its schema is checked uncompressed elsewhere
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      this.violations.push(`${where}: body is not JSON`);
      return;
    }
    const validate = this.validator(`${key} ${contentType}`, media.schema);
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message} (${JSON.stringify(e.data)?.slice(0, 60)})`);
      this.violations.push(`${where}: body does not match the schema: ${errors.join('; ')}`);
    }
  }

  private validator(key: string, schema: any): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema));
      this.validators.set(key, validate);
    }
    return validate;
  }

  private resolve(response: any): any {
    if (!response?.$ref) return response;
    return this.document.components.responses[response.$ref.split('/').pop()];
  }

  /** Appends this app's counts to CONTRACT_REPORT (one JSON line per test app), for the figures. */
  report(spec: string): void {
    const file = process.env.CONTRACT_REPORT;
    if (file) {
      const line = { spec, validated: this.validated, skipped: this.skipped, violations: this.violations.length };
      appendFileSync(file, JSON.stringify(line) + '\n');
    }
  }
}

function absoluteRefs(schema: any): any {
  return JSON.parse(JSON.stringify(schema ?? {}), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? DOC_ID + value : value,
  );
}
