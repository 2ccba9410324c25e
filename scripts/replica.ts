/**
 * A PostgreSQL primary and a streaming-replication hot standby on this machine, made with
 * Debian's cluster tools (pg_createcluster, pg_basebackup -R) and kept apart from the shared
 * server on 5432: `npm run cluster` and the reliability runs own both. Idempotent: each step
 * runs only when its result is missing. Needs root (the clusters belong to the postgres user).
 *
 *   node scripts/replica.ts [up|down|status]     (ports CLUSTER_PRIMARY_PORT 5442, CLUSTER_REPLICA_PORT 5443)
 *
 * Each pair of ports gets its own pair of clusters (named after the port), so two runs with
 * different ports (a soak beside a chaos run) never restart or pause each other's database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';

export const VERSION = process.env.CLUSTER_PG_VERSION ?? '15';
const cluster = (role: string, port: number) => ({ name: `ccg-${role}-${port}`, port });
export const PRIMARY = cluster('primary', Number(process.env.CLUSTER_PRIMARY_PORT ?? 5442));
export const REPLICA = cluster('replica', Number(process.env.CLUSTER_REPLICA_PORT ?? 5443));

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const asPostgres = (command: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', command, ...args]);
const dataDir = (name: string) => `/var/lib/postgresql/${VERSION}/${name}`;
const confDir = (name: string) => `/etc/postgresql/${VERSION}/${name}`;
const exists = (name: string) => existsSync(`${confDir(name)}/postgresql.conf`);
const online = (name: string) =>
  run('pg_lsclusters', ['-h'])
    .split('\n')
    .some((l) => l.split(/\s+/)[1] === name && / online/.test(l));

/** Loopback only, trusted: a development topology, never a real deployment (deploy/ has those). */
function trustLoopback(name: string): void {
  writeFileSync(
    `${confDir(name)}/pg_hba.conf`,
    'local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n',
  );
}

/** Small settings: the machine is shared (Debian listens on localhost only by default). hot_standby_feedback keeps long replica reads from being cancelled. */
const SETTINGS = ['shared_buffers=32MB', 'max_connections=60', 'hot_standby_feedback=on', 'wal_keep_size=256MB'];

export function up(): void {
  if (!exists(PRIMARY.name)) {
    run('pg_createcluster', [
      VERSION,
      PRIMARY.name,
      '--port',
      String(PRIMARY.port),
      '--start-conf',
      'manual',
      ...SETTINGS.flatMap((s) => ['-o', s]),
    ]);
    trustLoopback(PRIMARY.name);
  }
  if (!online(PRIMARY.name)) run('pg_ctlcluster', [VERSION, PRIMARY.name, 'start']);
  if (!exists(REPLICA.name)) {
    run('pg_createcluster', [
      VERSION,
      REPLICA.name,
      '--port',
      String(REPLICA.port),
      '--start-conf',
      'manual',
      ...SETTINGS.flatMap((s) => ['-o', s]),
    ]);
    trustLoopback(REPLICA.name);
    // Replace the fresh cluster's files with a copy of the primary; -R writes standby.signal and primary_conninfo.
    const dir = dataDir(REPLICA.name);
    for (const entry of readdirSync(dir)) run('rm', ['-rf', `${dir}/${entry}`]);
    asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(PRIMARY.port),
      '-U',
      'postgres',
      '-D',
      dir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
  }
  if (!online(REPLICA.name)) run('pg_ctlcluster', [VERSION, REPLICA.name, 'start']);
}

export function down(): void {
  for (const { name } of [REPLICA, PRIMARY]) if (exists(name) && online(name)) run('pg_ctlcluster', [VERSION, name, 'stop', '-m', 'fast']);
}

export function status(): string {
  const ask = (port: number, q: string) => run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-Atc', q]).trim();
  return [
    `primary 127.0.0.1:${PRIMARY.port}: standbys streaming: ${ask(PRIMARY.port, "select count(*) from pg_stat_replication where state = 'streaming'")}`,
    `replica 127.0.0.1:${REPLICA.port}: in recovery: ${ask(REPLICA.port, 'select pg_is_in_recovery()')}`,
  ].join('\n');
}

if (import.meta.main) {
  const command = process.argv[2] ?? 'up';
  if (command === 'up') up();
  else if (command === 'down') down();
  else if (command !== 'status') throw new Error(`unknown command ${command} (up, down, status)`);
  if (command !== 'down') process.stdout.write(`${status()}\n`);
}
