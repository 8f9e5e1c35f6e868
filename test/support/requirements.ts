/**
 * Specs that need something from outside the project (the shared fixtures, xmllint, Chromium,
 * Python's icalendar) run when it is there. On a developer's clone without it they are skipped
 * with a message naming what is missing; under CI=true they fail instead, so CI can never pass by
 * skipping. Specs that belong to one database skip in the other pass, saying which pass runs them.
 */
export const inCi = process.env.CI === 'true';

export function describeWhen(missing: string | undefined, name: string, body: () => void): void {
  if (!missing) return describe(name, body);
  if (inCi) {
    describe(name, () => {
      it(`has what it needs (CI=true): ${missing}`, () => {
        throw new Error(`${name}: ${missing}`);
      });
    });
    return;
  }
  // Straight to stderr: jest drops the buffered console output of a suite whose tests all skip.
  process.stderr.write(`Skipping "${name}": ${missing}\n`);
  describe.skip(`${name} [skipped: ${missing}]`, body);
}

const postgres = Boolean(process.env.DATABASE_URL);

/** Runs in the SQLite pass; the PostgreSQL pass (DATABASE_URL set) skips it by design. */
export function describeSqliteOnly(name: string, body: () => void): void {
  if (!postgres) return describe(name, body);
  process.stderr.write(`Skipping "${name}" in the PostgreSQL pass: it is about SQLite and runs in the SQLite pass\n`);
  describe.skip(`${name} [SQLite only]`, body);
}

/** Runs in the PostgreSQL pass (DATABASE_URL set; .ci/run starts one); the SQLite pass skips it by design. */
export function describePostgresOnly(name: string, body: () => void): void {
  if (postgres) return describe(name, body);
  process.stderr.write(`Skipping "${name}": DATABASE_URL is not set; it runs in the PostgreSQL pass of .ci/run\n`);
  describe.skip(`${name} [PostgreSQL only]`, body);
}
