import type { Measure, MeasureTable } from '../../lib/sensitivity.ts';

/**
 * Every measure the labour subgraph publishes, with its sensitivity and why (lib/sensitivity.ts).
 * Sensitive ones are withheld (null) outside the viewer's area; their public, small-count
 * suppressed form is the coverage indicators.
 */
const GROUP = 'counts children in a sensitive group (Law on Children 2016, art. 10, or a poor household): a finding about individual children';
const SUPPORT = 'counts or values support given to individual children in need';
const PUBLIC_POPULATION = 'the general child population by age, the denominator of every coverage rate';
const sensitive = (field: string, reason: string): Measure => ({ field, sensitivity: 'SENSITIVE', reason });
const open = (field: string, reason: string): Measure => ({ field, sensitivity: 'PUBLIC', reason });

export const LABOUR_MEASURES: MeasureTable = [
  open('ChildPopulation.total', PUBLIC_POPULATION),
  open('ChildPopulation.byAgeBand', PUBLIC_POPULATION),
  open('ChildAgeBandCount.children', PUBLIC_POPULATION),
  open('ChildPopulation.preschoolAndPrimaryAge', PUBLIC_POPULATION),
  open('OnwardResidence.children', 'the general child population moving on with its commune at a boundary change'),
  sensitive('ChildPopulation.poor', GROUP),
  sensitive('ChildPopulation.nearPoor', GROUP),
  sensitive('ChildPopulation.poorOrNearPoor', GROUP),
  sensitive('ChildPopulation.specialCircumstances', GROUP),
  sensitive('ChildPopulation.inNeed', GROUP),
  sensitive('ChildPopulation.specialCircumstancesByGroup', GROUP),
  sensitive('SpecialCircumstanceGroupCount.children', GROUP),
  sensitive('Commune.childSupport', `${SUPPORT}; withheld as a whole`),
  sensitive('Province.childSupport', `${SUPPORT}; withheld as a whole`),
  sensitive('ChildSupport.childrenOnRegister', 'withheld with Commune.childSupport (the register total is public as ChildPopulation.total)'),
  ...['childrenSupported', 'supportEvents', 'totalAmount', 'byForm', 'bySource'].map((f) => sensitive(`ChildSupport.${f}`, SUPPORT)),
  ...['specialCircumstanceChildren', 'specialCircumstanceChildrenSupported', 'poorOrNearPoorChildren', 'poorOrNearPoorChildrenSupported', 'inNeedChildren', 'inNeedChildrenSupported']
    .map((f) => sensitive(`ChildSupport.${f}`, GROUP)),
  ...['events', 'children', 'amount'].map((f) => sensitive(`ChildSupportByForm.${f}`, SUPPORT)),
  ...['events', 'amount'].map((f) => sensitive(`ChildSupportBySource.${f}`, SUPPORT)),
  sensitive('ChildProtectionFundYear.amountDisbursed', 'the fund pays children in need, in per-child amounts: the money reveals how many children were paid'),
  sensitive('ChildProtectionFundYear.disbursements', 'one disbursement per child paid: a count of children in need'),
  open('ChildProtectionFundYear.amountDonated', 'what donors gave the fund: about donors, not children'),
  open('ChildProtectionFundYear.donations', 'the number of donations: about donors, not children'),
  open('LabourReportingSummary.communesSubmittedSixMonth', 'whether communes reported: about administrations, not children'),
  open('LabourReportingSummary.communesSubmittedYearly', 'whether communes reported: about administrations, not children'),
];
