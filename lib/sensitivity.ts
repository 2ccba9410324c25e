/**
 * Sensitivity as data: each agency subgraph lists, in its `measures.ts`, every GraphQL field
 * that carries a measure (`Type.field`), whether it is SENSITIVE or PUBLIC, and why. Sensitive
 * measures are findings about individual children (a condition, a need, a payment to a child):
 * they are withheld (null) from every viewer outside the unit's area, at every level. Public
 * measures describe the general child population, services or facilities.
 */
export type Sensitivity = 'SENSITIVE' | 'PUBLIC';

export interface Measure {
  /** `Type.field`, as in the subgraph's SDL */
  field: string;
  sensitivity: Sensitivity;
  reason: string;
}

export type MeasureTable = readonly Measure[];

const sensitiveFields = new WeakMap<MeasureTable, Set<string>>();
function sensitiveOf(table: MeasureTable): Set<string> {
  let set = sensitiveFields.get(table);
  if (!set) sensitiveFields.set(table, (set = new Set(table.filter((m) => m.sensitivity === 'SENSITIVE').map((m) => m.field))));
  return set;
}

export function isSensitive(table: MeasureTable, field: string): boolean {
  return sensitiveOf(table).has(field);
}

/** `value` (an object of GraphQL type `type`) with its sensitive fields null, unless the viewer sees them. */
export function redact<T extends object>(table: MeasureTable, type: string, value: T, visible: boolean): T {
  if (visible) return value;
  const sensitive = sensitiveOf(table);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sensitive.has(`${type}.${k}`) ? null : v])) as T;
}

/** A whole field's value, or null when the field is sensitive and the viewer does not see it. */
export function withhold<T>(table: MeasureTable, field: string, value: T, visible: boolean): T | null {
  return visible || !isSensitive(table, field) ? value : null;
}
