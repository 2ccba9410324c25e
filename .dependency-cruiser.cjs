/**
 * Dependencies point one way: runtime code (subgraphs/, gateway/, lib/) never imports the
 * scripts, the benchmarks, the tests or the demo generator (scripts/demo/); those import the
 * runtime. Checked by test/dependencies.test.ts in `npm test`.
 *
 * TypeScript 7 has no JavaScript API for dependency-cruiser to parse with, so it reads .ts files
 * through Babel with the TypeScript preset (type-only imports count too: see tsPreCompilationDeps).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'runtime-imports-tooling',
      comment:
        'subgraphs/, gateway/ and lib/ run in production; scripts/ (the demo generator included), bench/ and test/ depend on them, never the reverse.',
      severity: 'error',
      from: { path: '^(subgraphs|gateway|lib)/' },
      to: { path: '^(scripts|bench|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    babelConfig: { fileName: '.dependency-cruiser.babel.json' },
  },
};
