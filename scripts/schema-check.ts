/**
 * The schema contract: every breaking change between the last released API schema
 * (schema/released/api.graphql) and the current one (schema/api.graphql, written by
 * `npm run compose`) must be recorded in schema/CHANGELOG.md with a migration note.
 *
 *   npm run schema:check     lists the breaking changes; exit 1 if any is not recorded
 *
 * A change is recorded by a bullet of the changelog that names its path in backticks (as
 * graphql-inspector gives it, e.g. `HealthCheckups.malnourished`) and says `Migration:`.
 * At a release, the released schema is replaced by the current one and the changelog's
 * Unreleased section gets the release's number.
 */
import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export const RELEASED_SCHEMA_PATH = new URL('../schema/released/api.graphql', import.meta.url);
export const CURRENT_SCHEMA_PATH = new URL('../schema/api.graphql', import.meta.url);
export const CHANGELOG_PATH = new URL('../schema/CHANGELOG.md', import.meta.url);

export interface SchemaCheck {
  breaking: Change[];
  /** Breaking changes no changelog bullet records with a migration note. */
  unrecorded: Change[];
}

/** The changelog's bullets, each with its continuation lines. */
function bullets(changelog: string): string[] {
  const found: string[] = [];
  for (const line of changelog.split('\n')) {
    if (/^\s*- /.test(line)) found.push(line);
    else if (found.length && /^\s+\S/.test(line)) found[found.length - 1] += `\n${line}`;
  }
  return found;
}

export async function checkSchema(releasedSdl: string, currentSdl: string, changelog: string): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const notes = bullets(changelog).filter((b) => b.includes('Migration:'));
  const unrecorded = breaking.filter((c) => !notes.some((b) => b.includes(`\`${c.path ?? c.message}\``)));
  return { breaking, unrecorded };
}

if (import.meta.main) {
  const read = (url: URL) => readFileSync(url, 'utf8');
  const { breaking, unrecorded } = await checkSchema(read(RELEASED_SCHEMA_PATH), read(CURRENT_SCHEMA_PATH), read(CHANGELOG_PATH));
  for (const c of breaking) {
    process.stdout.write(`${unrecorded.includes(c) ? 'NOT RECORDED' : 'recorded    '}  ${c.type}  \`${c.path}\`  ${c.message}\n`);
  }
  if (unrecorded.length) {
    process.stderr.write(`${unrecorded.length} breaking change(s) not recorded in schema/CHANGELOG.md with a migration note.\n`);
    process.exit(1);
  }
  process.stdout.write(`${breaking.length} breaking change(s) since the last release, each recorded.\n`);
}
