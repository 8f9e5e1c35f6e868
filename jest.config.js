/** Two projects: fast unit tests of pure modules, and e2e specs against the real app and database. */
const tsJest = ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true, allowJs: true } }];
const common = {
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  rootDir: '.',
  // content-disposition 3 (used by @fastify/static) ships ES modules only; compile it for jest's CommonJS runtime.
  transform: { '^.+\\.ts$': tsJest, '/node_modules/content-disposition/.+\\.js$': tsJest },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
};

module.exports = {
  // Whole-program imports and exports of real files take seconds on a busy 2-core machine.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
};
