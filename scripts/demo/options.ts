import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../../lib/config.ts';
import { DEFAULT_DEMO, type DemoOptions } from './world.ts';

/** Demo size flags shared by `npm run seed` and `npm start`: --provinces 31,04|all --seed N --children-per-commune N. */
export function demoOptionsFromArgs(args: string[]): DemoOptions {
  const { values } = parseArgs({
    args,
    options: {
      provinces: { type: 'string' },
      seed: { type: 'string' },
      'children-per-commune': { type: 'string' },
    },
    strict: true,
  });
  const parsed = z
    .object({
      provinces: z
        .string()
        .regex(/^(all|\d{2}(,\d{2})*)$/, 'a comma-separated list of two-digit province codes, or "all"')
        .optional(),
      seed: z.coerce.number().int().nonnegative().optional(),
      'children-per-commune': z.coerce.number().int().min(1).max(5000).optional(),
    })
    .safeParse(values);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`));
  const v = parsed.data;
  return {
    seed: v.seed ?? DEFAULT_DEMO.seed,
    provinces: v.provinces === undefined ? DEFAULT_DEMO.provinces : v.provinces === 'all' ? 'all' : v.provinces.split(','),
    childrenPerCommune: v['children-per-commune'] ?? DEFAULT_DEMO.childrenPerCommune,
  };
}
