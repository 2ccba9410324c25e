/**
 * The embedded demo database, built once and kept: a dump of PGlite's data directory taken
 * once `npm start` has seeded the demo and computed its indicators. A later first start with
 * the same demo options and the same code (a fresh clone, or after deleting .data) loads it in
 * seconds instead of generating, writing and refreshing everything again.
 *
 * The demo is a pure function of its options and of this project's code (generator, seeders,
 * migrations, the refresh and the suppression audit), so the dump's name is a hash of exactly
 * those: any change to a source file or to the locked dependencies makes a new one. Dumps live
 * outside the clone, in DEMO_CACHE_DIR (default: $XDG_CACHE_HOME or ~/.cache, then
 * child-coverage-graph); DEMO_CACHE_DIR=off turns the cache off.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoOptions } from './world.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Everything the demo database's contents can depend on. */
const SOURCES = ['lib', 'subgraphs', 'scripts', 'gateway', 'schema/supergraph.graphql', 'package-lock.json'];
/** Bumped when the dump's format or the way it is taken changes. */
const FORMAT = 1;

/** The files under a source path (itself, when it is a file), relative to the project root. */
function filesOf(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Hash of the demo options and of every source file the demo database depends on. */
export function snapshotKey(options: DemoOptions): string {
  const hash = createHash('sha256').update(JSON.stringify({ FORMAT, options }));
  const paths = SOURCES.flatMap(filesOf).sort();
  for (const path of paths) hash.update(`\0${path}\0`).update(readFileSync(join(ROOT, path)));
  return hash.digest('hex').slice(0, 24);
}

/** Where the dump for these options and this code lives; undefined when the cache is off. */
export function snapshotPath(options: DemoOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.DEMO_CACHE_DIR;
  if (configured === 'off') return undefined;
  const dir = configured || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'child-coverage-graph');
  return join(dir, `demo-${snapshotKey(options)}.tar`);
}
