/** Anything that would tell an attacker about the inside: SQL, schemas, hosts, ports, stacks, file paths. */
export const LEAK =
  /relation|schema|select |insert |postgres|pg_|kysely|127\.0\.0\.1|localhost|:\d{4,5}\b|stack|\.ts\b|ECONN|t[0-9a-f]{8}_/i;
