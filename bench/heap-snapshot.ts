import { readFileSync } from 'node:fs';

/** Objects in a V8 heap snapshot (.heapsnapshot), grouped by constructor (or by kind: strings, code, arrays …). */
export interface HeapGroup {
  count: number;
  bytes: number;
}

export function sizesByConstructor(path: string): Map<string, HeapGroup> {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    // Objects and closures by constructor name; everything else (strings, code, arrays …) by kind.
    const key = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += snapshot.nodes[i + sizeAt]!;
    groups.set(key, group);
  }
  return groups;
}

/** The groups that grew most between two snapshots, by bytes. */
export function largestGrowth(before: Map<string, HeapGroup>, after: Map<string, HeapGroup>, top: number) {
  return [...after]
    .map(([name, a]) => {
      const b = before.get(name) ?? { count: 0, bytes: 0 };
      return { name, countDelta: a.count - b.count, bytesDelta: a.bytes - b.bytes };
    })
    .sort((x, y) => y.bytesDelta - x.bytesDelta)
    .slice(0, top);
}
