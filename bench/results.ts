/** The shape of one `npm run bench` run, as written to docs/benchmarks.json and rendered into docs/benchmarks.md. */

/** Resource use of one process (or group of processes) over the measured runs of one system in one scenario. */
export interface ProcessUse {
  /** e.g. "gateway", "subgraph:coverage", "postgres" */
  process: string;
  /** user + system CPU time summed over the measured runs, divided by the number of runs (ms per run) */
  cpuMsPerRun: number;
  /** VmHWM (peak resident set) reached during the scenario, in MiB; null where it cannot be read */
  peakRssMiB: number | null;
}

export interface SystemMeasure {
  /** e.g. "ours", "ours without DataLoader", "Hive Gateway", "Hive Gateway (Rust planner)", "SQL floor" */
  system: string;
  /** measured runs (after warm-up) */
  runs: number;
  /** latency at one connection, ms */
  medianMs: number;
  p99Ms: number;
  /** requests per second at `connections` concurrent connections (throughput scenarios only) */
  throughput?: { connections: number; requestsPerSecond: number; medianMs: number; p99Ms: number; durationMs: number };
  /** SQL statements per subgraph per request (null when not observable, e.g. the floor) */
  statementsPerRequest?: Record<string, number> | null;
  /** subgraph requests (plan steps that reached each subgraph) per request */
  fetchesPerRequest?: Record<string, number> | null;
  processes: ProcessUse[];
  /** the answer equals the reference answer (ours) */
  answerMatches: boolean;
  /** free-text caveat shown under the table */
  note?: string;
}

export interface ScenarioResult {
  id: string; // "a" .. "e"
  title: string;
  /** what is asked, in words, with the entity counts */
  description: string;
  /** the GraphQL operation sent by every gateway */
  query: string;
  variables: Record<string, unknown>;
  /** size of the JSON answer in bytes */
  answerBytes: number;
  systems: SystemMeasure[];
}

export interface Ratio {
  name: string;
  /** "≤ 1.5" etc. */
  goal: string;
  baseline: string;
  value: number | null;
  met: boolean | null;
  /** how it was computed, e.g. "median ours ÷ median floor, scenario a" */
  basis: string;
}

export interface BenchResults {
  startedAt: string;
  command: string;
  scale: string;
  machine: { cpu: string; cores: number; memoryGiB: number; kernel: string; os: string };
  versions: Record<string, string>;
  dataset: { database: string; buildSeconds: number | null; reused: boolean; rows: Record<string, number>; notes: string[] };
  warmupRuns: number;
  scenarios: ScenarioResult[];
  ratios: Ratio[];
  /** cost of keeping the read model fresh after a day's new agency rows */
  refresh?: { newRows: Record<string, number>; scope: string; seconds: number; communeYears: number } | null;
  /** the same scenarios on the embedded database, reported apart from every other ratio */
  embedded?: { scale: string; scenarios: { id: string; title: string; postgresMedianMs: number; pgliteMedianMs: number }[] } | null;
  notes: string[];
}
