import { readFileSync } from 'node:fs';

/**
 * The compact administrative directory shipped in subgraphs/geography/data (built by
 * scripts/build-admin-units.ts from the public datasets credited in its SOURCES.md). The
 * geography subgraph loads it into its database; every other service reads it from here.
 */
export type DirectoryFile = 'provinces' | 'districts' | 'communes' | 'crosswalk' | 'snapshots' | 'mergers-2021-2025';

const dataFile = (name: DirectoryFile) => new URL(`../../subgraphs/geography/data/${name}.tsv`, import.meta.url);

/** One file as rows keyed by its header (the files hold no quoting: tabs never occur in names). */
export function readTsv(name: DirectoryFile): Record<string, string>[] {
  const [header, ...lines] = readFileSync(dataFile(name), 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}
