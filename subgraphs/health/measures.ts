import type { Measure, MeasureTable } from '../../lib/sensitivity.ts';

/**
 * Every measure the health subgraph publishes, with its sensitivity and why (lib/sensitivity.ts).
 * Sensitive ones are withheld (null) outside the viewer's area.
 */
const CONDITION = "a finding about individual children's conditions";
const TREATMENT = "cases of children treated for an illness, and the money paid for them: a finding about individual children's conditions";
const EXAMINED = 'children examined by age band: the general child population reached by a service';
const sensitive = (field: string, reason: string): Measure => ({ field, sensitivity: 'SENSITIVE', reason });
const open = (field: string, reason: string): Measure => ({ field, sensitivity: 'PUBLIC', reason });

export const HEALTH_MEASURES: MeasureTable = [
  ...['CommuneCheckups', 'ProvinceCheckups'].flatMap((type) => [
    open(`${type}.rounds`, 'check-up rounds held: a service, not children'),
    open(`${type}.examined`, EXAMINED),
    open(`${type}.examinedByAgeBand`, EXAMINED),
    open(`${type}.examinedPreschoolAndPrimaryAge`, EXAMINED),
    sensitive(`${type}.referred`, `children referred to a higher-level facility: ${CONDITION}`),
    sensitive(`${type}.malnourished`, `children found malnourished: ${CONDITION}`),
  ]),
  open('CheckupAgeBandCount.examined', EXAMINED),
  open('ProvinceCheckups.stationsDue', 'reporting completeness of health stations: about administrations'),
  open('ProvinceCheckups.stationsReported', 'reporting completeness of health stations: about administrations'),
  open('ProvinceCheckups.stationsLate', 'reporting completeness of health stations: about administrations'),
  open('CheckupRound.examined', EXAMINED),
  sensitive('CheckupRound.referred', `children referred in one round: ${CONDITION}`),
  sensitive('CheckupRound.malnourished', `children found malnourished in one round: ${CONDITION}`),
  ...['cases', 'amount', 'bySource'].map((f) => sensitive(`TreatmentSupport.${f}`, TREATMENT)),
  sensitive('TreatmentSupportBySource.cases', `${TREATMENT}; withheld with TreatmentSupport.bySource`),
  sensitive(
    'TreatmentSupportBySource.amount',
    `${TREATMENT}; withheld with TreatmentSupport.bySource (Child Protection Fund money per case reveals the cases)`,
  ),
  ...['ChildHealthInsurance', 'ProvinceChildHealthInsurance'].flatMap((type) => [
    open(`${type}.childrenUnder6`, 'all children under 6: the general population'),
    open(`${type}.cardsIssued`, 'insurance cards of children under 6, which the law gives every such child: the general population'),
    open(`${type}.coverage`, 'the ratio of two public counts'),
  ]),
  open('ProvinceChildHealthInsurance.communesReported', 'reporting completeness: about administrations'),
];
