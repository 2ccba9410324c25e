import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('generated resolver types (codegen.ts)', () => {
  it('match every subgraph schema: run `npm run codegen` after an SDL change', async () => {
    // Generated in memory, not written: the committed files must equal what the SDL gives now.
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(config.generates).length);
    for (const { filename, content } of outputs) {
      expect(readFileSync(filename, 'utf8'), `${filename} is stale`).toBe(content);
    }
  });
});
