// Worker entry when the app runs from TypeScript sources (jest, ts-node benchmarks): compiles the
// task module on the fly. The built app (dist/) loads the compiled .js task module directly.
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
module.exports = require(require('piscina').workerData.tasks);
