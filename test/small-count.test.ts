import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { redact, SMALL_COUNT_K, SMALL_COUNT_PROTECTION, smallCountShown, type MeasureTable } from '../lib/sensitivity.ts';
import { SUPPRESSION_K, SUPPRESSION_P } from '../subgraphs/coverage/registry.ts';
import { LABOUR_MEASURES } from '../subgraphs/labour/measures.ts';

/** The small-count rule for published counts of children (the fund's children reached), without a database. */
describe('small-count measures', () => {
  it("start from the coverage indicators' k and P: the primary rule hides 1..k−1 only", () => {
    expect([SMALL_COUNT_K, SMALL_COUNT_PROTECTION]).toEqual([SUPPRESSION_K, SUPPRESSION_P]);
    expect([0, 1, SMALL_COUNT_K - 1, SMALL_COUNT_K, 250].map((n) => smallCountShown(n))).toEqual([0, null, null, SMALL_COUNT_K, 250]);
  });

  it('redact withholds small counts (only an audited pattern publishes them) and sensitive fields from outsiders, keeps public ones; insiders see all', () => {
    const table: MeasureTable = [
      { field: 'T.reached', sensitivity: 'SMALL_COUNT', reason: 'a count of children the plans publish' },
      { field: 'T.amount', sensitivity: 'SENSITIVE', reason: 'per-child money reveals the children paid' },
      { field: 'T.given', sensitivity: 'PUBLIC', reason: 'what donors gave: about donors' },
    ];
    expect(redact(table, 'T', { reached: 3, amount: '900000', given: '5' }, false)).toEqual({ reached: null, amount: null, given: '5' });
    // a count of k or more too: shown by itself it would let a suppressed neighbour be recovered by differencing
    expect(redact(table, 'T', { reached: 12, amount: '900000', given: '5' }, false)).toEqual({ reached: null, amount: null, given: '5' });
    expect(redact(table, 'T', { reached: 3, amount: '900000', given: '5' }, true)).toEqual({ reached: 3, amount: '900000', given: '5' });
  });

  it("every small-count field of labour can be null in the SDL, and the fund's children reached are such fields", () => {
    const doc = parse(readFileSync(new URL('../subgraphs/labour/schema.graphql', import.meta.url), 'utf8'));
    const types = new Map(
      doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]),
    );
    const small = LABOUR_MEASURES.filter((m) => m.sensitivity === 'SMALL_COUNT').map((m) => m.field);
    expect(small.sort()).toEqual([
      'FundChildrenByForm.children',
      'FundChildrenByForm.supportEvents',
      'FundReportYear.byForm',
      'FundReportYear.childrenSupported',
    ]);
    for (const coordinate of small) {
      const [type, name] = coordinate.split('.');
      const f = types.get(type!)!.fields!.find((x) => x.name.value === name)!;
      expect(f.type.kind, coordinate).not.toBe(Kind.NON_NULL_TYPE);
    }
  });
});
