/**
 * Import throughput and memory: a generated national child list (labour template, CSV) imported
 * into a fresh PostgreSQL schema, then dropped.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import -- [--children 1000000] [--runs 1]
 *
 * Quotes rows/s of validated and stored rows, and the peak resident memory of this process
 * (sampled every 100 ms), so "memory stays flat" is a figure, not a claim. On a shared, loaded
 * machine wall time says little, so it also quotes the CPU time the import cost: this process's
 * (parsing, validation) and its PostgreSQL backend's (read from /proc: the server must be local).
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect, migrate } from '../lib/db.ts';
import { importFile } from '../lib/import/run.ts';
import { childList } from '../subgraphs/labour/import.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { writeChildList } from './child-list.ts';

const { values } = parseArgs({ options: { children: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '1' } } });
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dir = await mkdtemp(join(tmpdir(), 'bench-import-'));
const file = join(dir, 'children.csv');
const rows = await writeChildList(file, Number(values.children));
process.stdout.write(`file: ${rows} rows, ${((await stat(file)).size / 1e6).toFixed(0)} MB\n`);

for (let run = 1; run <= Number(values.runs); run++) {
  const schema = `bench_import_${process.pid}_${run}`;
  // One connection, so the import runs on the backend whose CPU time is read.
  const database = connect<any>({ url, schema, poolMax: 1, statementTimeoutMs: 0 });
  try {
    await migrate(database.db, schema, labour.migrations);
    const backend = (await database.pool.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const backendCpu = async () => {
      const fields = (await readFile(`/proc/${backend}/stat`, 'utf8')).split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    };
    const cpuBefore = process.cpuUsage();
    const backendBefore = await backendCpu();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const rssAt: number[] = [];
    const started = performance.now();
    const summary = await importFile(database, childList, {
      path: file,
      schema,
      submitter: { subject: 'bench', role: 'ADMIN', area: [] },
      batchSize: 10_000,
      onProgress: (n) => {
        if (n % 200_000 < 10_000) rssAt.push(Math.round(process.memoryUsage().rss / 1e6));
      },
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpuBefore);
    const nodeCpu = (cpu.user + cpu.system) / 1e6;
    const pgCpu = (await backendCpu()) - backendBefore;
    const [load] = (await readFile('/proc/loadavg', 'utf8')).split(' ');
    process.stdout.write(
      `run ${run}: ${summary.status} ${summary.stored} rows in ${seconds.toFixed(1)} s = ${Math.round(summary.stored / seconds)} rows/s; peak RSS ${Math.round(peak / 1e6)} MB; RSS every ~200k rows (MB): ${rssAt.join(' ')}\n`,
    );
    process.stdout.write(
      `  CPU: importer ${nodeCpu.toFixed(1)} s, PostgreSQL backend ${pgCpu.toFixed(1)} s = ${Math.round(summary.stored / (nodeCpu + pgCpu))} rows per CPU-second; load average at the end ${load}\n`,
    );
  } finally {
    await database.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}
await rm(dir, { recursive: true, force: true });
