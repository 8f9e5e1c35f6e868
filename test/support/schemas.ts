import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSON_SCHEMA, XSD } from './fixtures';

/** xmllint with the c3voc XSD; returns its complaints ('' when the document validates). */
export function xsdErrors(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  const file = join(dir, 'schedule.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ajv (draft-06, with formats) against the c3voc schedule.json schema. */
export function jsonSchemaErrors(document: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA, 'utf8')));
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
