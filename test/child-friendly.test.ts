import { describe, expect, it } from 'vitest';
import {
  CHILD_FRIENDLY_CRITERIA,
  FEEDING_INDICATORS,
  qualification,
  scorecard,
  type RecordedAssessment,
} from '../subgraphs/coverage/child-friendly.ts';
import { evaluate, type IndicatorValue } from '../subgraphs/coverage/evaluate.ts';
import { suppress } from '../subgraphs/coverage/publication.ts';
import { readRegistryFile } from '../subgraphs/coverage/registry.ts';

/** The rule behind the scorecard's `qualifies` and the CHILD_FRIENDLY_COMMUNE share, on values evaluate() makes from terms. */
const registry = readRegistryFile();
const SCOPE = { provinceCode: '40', districtCode: null, classifications: [], population: null };

function value(id: string, numerator: number | null, denominator: number | null): IndicatorValue {
  const indicator = registry.find((i) => i.id === id)!;
  const known = numerator !== null && denominator !== null;
  return evaluate(
    indicator,
    2023,
    {
      numerator,
      denominator,
      contributing: known ? 1 : 0,
      excluded: 0,
      unitsExpected: 1,
      unitsReported: 1,
      unitsExcluded: 0,
      refreshedAt: null,
    },
    SCOPE,
  );
}

/** Every feeding indicator at 100% (play area: equipped), unless overridden. */
const allMet = (overrides: Record<string, [number | null, number | null]> = {}) =>
  FEEDING_INDICATORS.map((id) => value(id, ...(overrides[id] ?? (id === 'PLAY_AREA' ? [1, 1] : [10, 10]))));

const ASSESSED = CHILD_FRIENDLY_CRITERIA.filter((c) => !c.feed).map((c) => c.number);
const record = (numbers: number[], met = true): RecordedAssessment[] =>
  numbers.map((criterion, i) => ({
    criterion,
    met,
    note: null,
    recordedBy: 'officer',
    recordedAt: `2024-01-0${1 + (i % 9)}T00:00:00.000Z`,
  }));

describe('child-friendly qualification', () => {
  it('qualifies when all 13 are met, and only then', () => {
    expect(qualification(allMet(), record(ASSESSED))).toEqual({ qualifies: true, assessedAll: true });
    expect(qualification(allMet({ CHECKUP_COVERAGE: [8, 10] }), record(ASSESSED))).toEqual({ qualifies: false, assessedAll: true });
    expect(qualification(allMet(), record(ASSESSED.slice(1)))).toEqual({ qualifies: null, assessedAll: false });
    expect(qualification(allMet({ PLAY_AREA: [0, 1] }), [])).toEqual({ qualifies: false, assessedAll: false });
  });

  it('is undecided where a term is missing, and met where nobody is counted (0 of 0)', () => {
    expect(qualification(allMet({ PRESCHOOL_ENROLMENT: [null, null] }), record(ASSESSED)).qualifies).toBeNull();
    expect(
      qualification(allMet({ VIOLENCE_ABUSE_SUPPORT: [0, 0], SPECIAL_CIRCUMSTANCE_SUPPORT: [0, 0] }), record(ASSESSED)).qualifies,
    ).toBe(true);
    expect(qualification(allMet({ VIOLENCE_ABUSE_SUPPORT: [0, 1] }), record(ASSESSED)).qualifies).toBe(false);
  });

  it('takes the latest record of a criterion', () => {
    const changed = [...record(ASSESSED), { ...record([1], false)[0]!, recordedAt: '2024-02-01T00:00:00.000Z' }];
    expect(qualification(allMet(), changed).qualifies).toBe(false);
  });

  it('decides the scorecard on the figures as filed while a viewer outside the area sees the sensitive criteria suppressed', () => {
    const asFiled = allMet({ VIOLENCE_ABUSE_SUPPORT: [1, 2] });
    const shown = asFiled.map((v) => (v.definition.sensitive ? suppress(v) : v));
    const card = scorecard(2023, shown, record(ASSESSED), asFiled);
    expect(card.qualifies).toBe(false);
    expect(card.criteria.find((c) => c.number === 3)!.status).toBe('SUPPRESSED');
    // The verdict does not name the hidden criterion nor how it failed.
    expect(card.verdict).toBe('Does not qualify: a criterion hidden from you (small counts of children) is not met');
    expect(scorecard(2023, asFiled, record(ASSESSED), asFiled).verdict).toBe('Does not qualify: 1 criteria not met');
  });
});
