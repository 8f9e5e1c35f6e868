import { MODULE_METADATA } from '@nestjs/common/constants';
import { AppModule } from '../../../src/app.module';
import { AuthModule } from '../../../src/auth/auth.module';
import { loadConfig } from '../../../src/config/app-config';
import { EventsModule } from '../../../src/events/events.module';
import { MembersModule } from '../../../src/members/members.module';
import { TokensModule } from '../../../src/tokens/tokens.module';
import { UsersModule } from '../../../src/users/users.module';
import { VersionsModule } from '../../../src/versions/versions.module';

type ModuleRef = { module?: unknown; forwardRef?: unknown; imports?: unknown[] } | (new () => unknown);

/** The modules a module imports, as written in its @Module (dynamic modules by their class). */
function importsOf(module: ModuleRef): ModuleRef[] {
  if (typeof module === 'function') return (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []) as ModuleRef[];
  const declared = module.module ? importsOf(module.module) : [];
  return [...declared, ...((module.imports ?? []) as ModuleRef[])];
}

const nameOf = (module: ModuleRef): string =>
  typeof module === 'function'
    ? module.name
    : module.forwardRef
      ? 'forwardRef(...)'
      : nameOf(module.module as ModuleRef);

/** Every import path that comes back to a module already on it. */
function cycles(root: ModuleRef): string[] {
  const found: string[] = [];
  const done = new Set<unknown>();
  const visit = (module: ModuleRef, path: string[]) => {
    const key = typeof module === 'function' ? module : (module.module ?? module);
    const name = nameOf(module);
    if (path.includes(name)) return found.push([...path, name].join(' -> '));
    if (done.has(key)) return;
    for (const imported of importsOf(module)) visit(imported, [...path, name]);
    done.add(key);
  };
  visit(root, []);
  return found;
}

describe('The module graph', () => {
  const app = AppModule.forRoot(loadConfig({ SEED_DEMO: 'false' }));

  it('has no forwardRef import anywhere', () => {
    const names: string[] = [];
    const walk = (module: ModuleRef, seen: Set<unknown>) => {
      for (const imported of importsOf(module)) {
        names.push(nameOf(imported));
        const key = typeof imported === 'function' ? imported : (imported.module ?? imported);
        if (typeof imported === 'object' && imported.forwardRef) continue;
        if (!seen.has(key)) walk(imported, seen.add(key));
      }
    };
    walk(app, new Set());
    expect(names).not.toContain('forwardRef(...)');
    expect(names.length).toBeGreaterThan(20);
  });

  it('has no import cycle', () => {
    expect(cycles(app)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    class A {}
    class B {}
    Reflect.defineMetadata(MODULE_METADATA.IMPORTS, [B], A);
    Reflect.defineMetadata(MODULE_METADATA.IMPORTS, [A], B);
    expect(cycles(A)).toEqual(['A -> B -> A']);
  });

  it('gives users, tokens and members modules of their own, which authentication imports', () => {
    expect(importsOf(AuthModule)).toEqual(expect.arrayContaining([UsersModule, TokensModule, MembersModule]));
    expect(importsOf(TokensModule)).toContain(MembersModule);
    expect(importsOf(UsersModule)).not.toContain(AuthModule);
  });

  it('reads published programs without VersionsModule importing EventsModule back', () => {
    expect(importsOf(VersionsModule)).toContain(EventsModule);
    expect(importsOf(EventsModule)).not.toContain(VersionsModule);
  });
});
