import { loadConfig } from '../../../src/config/app-config';

describe('SQLITE_SYNCHRONOUS', () => {
  it('defaults to FULL, so an acknowledged write survives a power cut as well as a crash', () => {
    expect(loadConfig({}).database.sqliteSynchronous).toBe('FULL');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: '' }).database.sqliteSynchronous).toBe('FULL');
  });

  it('accepts NORMAL and EXTRA in any case', () => {
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'normal' }).database.sqliteSynchronous).toBe('NORMAL');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: ' Extra ' }).database.sqliteSynchronous).toBe('EXTRA');
  });

  it('refuses OFF and unknown levels instead of running unsafely', () => {
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(
      /SQLITE_SYNCHRONOUS must be one of FULL, EXTRA, NORMAL/,
    );
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: '0' })).toThrow(/SQLITE_SYNCHRONOUS/);
  });
});
