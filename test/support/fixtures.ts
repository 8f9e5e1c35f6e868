import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared fixtures live beside the project (../shared); a clone without them skips these specs. */
export const SHARED_FIXTURES = resolve(__dirname, '../../../shared/fixtures');
export const hasSharedFixtures = existsSync(join(SHARED_FIXTURES, 'real'));

export function realFixture(name: string): string {
  return readFileSync(join(SHARED_FIXTURES, 'real', name), 'utf8');
}

export const XSD = join(SHARED_FIXTURES, 'schemas/c3voc/xsd/schedule.xml.xsd');
export const JSON_SCHEMA = join(SHARED_FIXTURES, 'schemas/c3voc/json/schema.json');

export const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Runs `describe` only when the shared fixtures (and xmllint, if asked) exist; says why otherwise.
 * Under CI=true a missing fixture fails instead of skipping.
 */
export function describeWithFixtures(name: string, body: () => void, needs: { xmllint?: boolean } = {}): void {
  const missing = !hasSharedFixtures
    ? `the folder ${SHARED_FIXTURES} is missing`
    : needs.xmllint && !hasXmllint
      ? 'xmllint is not installed (apt-get install libxml2-utils)'
      : undefined;
  if (missing && process.env.CI === 'true') {
    // CI must exercise the real files: a missing folder there is a broken set-up, not a skip.
    describe(name, () => {
      it('has its fixtures', () => {
        throw new Error(`"${name}" cannot run under CI=true: ${missing}`);
      });
    });
  } else if (missing) {
    process.stderr.write(`Skipping "${name}": ${missing}\n`);
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}
