/**
 * Prints a bearer token signed with the local development key.
 *
 *   npm run token -- --role ANALYST
 *   npm run token -- --role OFFICER --area 31@2025-07-01,01279@2024-06-01 [--sub name] [--ttl 12h]
 *
 * An area entry is a code and the day it is meant on (codes were reused after the 2025 reform);
 * a bare code, or a code that named no unit on that day, is refused.
 *
 * Refuses when the gateway is configured for production keys.
 */
import { parseArgs } from 'node:util';
import { DevTokensRefused, devClientToken } from '../lib/auth/dev-tokens.ts';
import { ROLES, viewerClaims } from '../lib/auth/viewer.ts';
import { AREA_ENTRY_FORMAT } from '../lib/directory/areas.ts';
import { ConfigError } from '../lib/config.ts';

try {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, area: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '12h' } },
    strict: true,
  });
  const claims = viewerClaims.safeParse({
    sub: values.sub ?? `dev-${(values.role ?? '').toLowerCase()}`,
    role: values.role,
    area: values.area?.split(',') ?? [],
  });
  if (!claims.success) {
    throw new ConfigError([
      `usage: --role one of ${ROLES.filter((r) => r !== 'ANONYMOUS').join(', ')}; OFFICER needs --area, comma-separated entries ${AREA_ENTRY_FORMAT}, e.g. 31@2025-07-01`,
      ...claims.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ]);
  }
  if (claims.data.role === 'ANONYMOUS') throw new ConfigError(['anonymous requests need no token']);
  process.stdout.write(
    `${await devClientToken({ subject: claims.data.sub, role: claims.data.role, area: claims.data.area }, values.ttl!)}\n`,
  );
} catch (err) {
  if (err instanceof ConfigError || err instanceof DevTokensRefused) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
