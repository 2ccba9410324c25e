import { globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cruise, type IConfiguration, type IForbiddenRuleType } from 'dependency-cruiser';
import extractBabelConfig from 'dependency-cruiser/config-utl/extract-babel-config';
import { describe, expect, it } from 'vitest';

const config: IConfiguration & {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown> & { babelConfig: { fileName: string } };
} = createRequire(import.meta.url)('../.dependency-cruiser.cjs');

/** The violations of `forbidden` among these files' imports (every file named, not only those reached). */
async function violations(patterns: string, forbidden: IForbiddenRuleType[]) {
  const babelConfig = await extractBabelConfig(config.options.babelConfig.fileName);
  const files = globSync(patterns);
  const result = await cruise(files, { ...config.options, validate: true, ruleSet: { forbidden } }, {}, { babelConfig });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  const modules = result.output.modules.filter((m) => files.includes(m.source));
  return {
    files: files.length,
    imports: modules.reduce((n, m) => n + m.dependencies.length, 0),
    found: result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`),
  };
}

describe('dependency direction (.dependency-cruiser.cjs)', () => {
  it('runtime code (subgraphs/, gateway/, lib/) imports nothing from scripts/, bench/ or test/', async () => {
    const { files, imports, found } = await violations('{subgraphs,gateway,lib}/**/*.ts', config.forbidden);
    // The whole runtime was read and its imports seen, so an empty list means something.
    expect(files).toBeGreaterThan(100);
    expect(imports).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });

  it('the same rule fires on an import in the forbidden direction', async () => {
    // The demo generator imports the subgraphs; turned around, the rule must see those imports.
    const reversed = config.forbidden.map((rule) => ({ ...rule, from: { path: '^scripts/demo/' }, to: { path: '^subgraphs/' } }));
    const { found } = await violations('scripts/demo/*.ts', reversed);
    expect(found).toContain('runtime-imports-tooling: scripts/demo/seed.ts → subgraphs/geography/db/repository.ts');
  });
});
