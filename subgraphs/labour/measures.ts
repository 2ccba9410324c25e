import type { Measure, MeasureTable } from '../../lib/sensitivity.ts';

/**
 * Every measure the labour subgraph publishes, with its sensitivity and why (lib/sensitivity.ts).
 * Sensitive ones are withheld (null) outside the viewer's area; their public, small-count
 * suppressed form is the coverage indicators.
 */
const GROUP =
  'counts children in a sensitive group (Law on Children 2016, art. 10, or a poor household): a finding about individual children';
const SUPPORT = 'counts or values support given to individual children in need';
const PUBLIC_POPULATION = 'the general child population by age, the denominator of every coverage rate';
const FUND_IN = 'what donors gave the fund: about donors, not children';
const FUND_OUT = 'fund money paid out pays children in need, in per-child amounts: it reveals how many children were paid';
const sensitive = (field: string, reason: string): Measure => ({ field, sensitivity: 'SENSITIVE', reason });
const open = (field: string, reason: string): Measure => ({ field, sensitivity: 'PUBLIC', reason });
const smallCount = (field: string, reason: string): Measure => ({ field, sensitivity: 'SMALL_COUNT', reason });
const REACHED =
  'counts children paid from the fund, which the plans report publicly: outside the area shown only for the nation and provinces as filed, where the audited suppression pattern publishes them (fund-disclosure.ts); null elsewhere';

/** Year-end counts of children in sensitive groups and of those of them supported (ChildSupport, ChildrenPlaced). */
const YEAR_END_GROUPS = [
  'specialCircumstanceChildren',
  'specialCircumstanceChildrenSupported',
  'poorOrNearPoorChildren',
  'poorOrNearPoorChildrenSupported',
  'inNeedChildren',
  'inNeedChildrenSupported',
  'violenceOrAbuseVictims',
  'violenceOrAbuseVictimsSupported',
];

export const LABOUR_MEASURES: MeasureTable = [
  open('ChildPopulation.total', PUBLIC_POPULATION),
  open('ChildPopulation.byAgeBand', PUBLIC_POPULATION),
  open('ChildAgeBandCount.children', PUBLIC_POPULATION),
  open('ChildPopulation.preschoolAndPrimaryAge', PUBLIC_POPULATION),
  open('OnwardResidence.children', 'the general child population moving on with its commune at a boundary change'),
  ...['total', 'preschoolAndPrimaryAge', 'preschoolAge'].map((f) => open(`ChildrenPlaced.${f}`, PUBLIC_POPULATION)),
  ...YEAR_END_GROUPS.map((f) => sensitive(`ChildrenPlaced.${f}`, GROUP)),
  sensitive('ChildPopulation.poor', GROUP),
  sensitive('ChildPopulation.nearPoor', GROUP),
  sensitive('ChildPopulation.poorOrNearPoor', GROUP),
  sensitive('ChildPopulation.specialCircumstances', GROUP),
  sensitive('ChildPopulation.inNeed', GROUP),
  sensitive('ChildPopulation.specialCircumstancesByGroup', GROUP),
  sensitive('SpecialCircumstanceGroupCount.children', GROUP),
  sensitive('Commune.childSupport', `${SUPPORT}; withheld as a whole`),
  sensitive('Province.childSupport', `${SUPPORT}; withheld as a whole`),
  sensitive(
    'ChildSupport.childrenOnRegister',
    'withheld with Commune.childSupport (the register total is public as ChildPopulation.total)',
  ),
  ...['childrenSupported', 'supportEvents', 'totalAmount', 'byForm', 'bySource'].map((f) => sensitive(`ChildSupport.${f}`, SUPPORT)),
  ...YEAR_END_GROUPS.map((f) => sensitive(`ChildSupport.${f}`, GROUP)),
  ...['events', 'children', 'amount'].map((f) => sensitive(`ChildSupportByForm.${f}`, SUPPORT)),
  ...['events', 'amount'].map((f) => sensitive(`ChildSupportBySource.${f}`, SUPPORT)),
  sensitive(
    'ChildProtectionFundYear.amountDisbursed',
    'the fund pays children in need, in per-child amounts: the money reveals how many children were paid',
  ),
  sensitive('ChildProtectionFundYear.disbursements', 'one disbursement per child paid: a count of children in need'),
  open('ChildProtectionFundYear.amountDonated', 'what donors gave the fund: about donors, not children'),
  open('ChildProtectionFundYear.donations', 'the number of donations: about donors, not children'),
  // The fund's ledger: money in is about donors; money out pays children (withheld as a whole,
  // or with the object that holds it, outside the area).
  ...['Commune.fundSources', 'Province.fundSources', 'Query.nationalFundSources'].map((f) => sensitive(f, FUND_OUT)),
  ...[
    'FundSources.donations',
    'FundSources.organisations',
    'FundSources.amountDisbursed',
    'FundSources.individualDonors',
    'FundSources.individualAmount',
    'FundSourceDonation.amount',
    'FundSourceDonor.amount',
  ].map((f) => sensitive(f, `${FUND_OUT}; withheld with FundSources`)),
  open('FundDonation.amount', FUND_IN),
  open('FundDonor.totalDonated', FUND_IN),
  ...['FundDonation.disbursed', 'FundDonation.unspent', 'FundDonation.communes', 'FundDonation.communesOutsideArea'].map((f) =>
    sensitive(f, FUND_OUT),
  ),
  ...['FundTracedCommune.amount', 'FundTracedCommune.disbursements', 'FundTracedCommune.childrenSupported', 'FundTracedCommune.byForm'].map(
    (f) => sensitive(f, `${FUND_OUT}; withheld with FundDonation.communes`),
  ),
  ...['FundChildrenByForm.children', 'FundChildrenByForm.supportEvents'].map((f) => smallCount(f, REACHED)),
  sensitive('FundChildrenByForm.amount', `${SUPPORT} (per-child amounts: the money reveals how many children were paid)`),
  open('FundReportYear.mobilised', FUND_IN),
  sensitive('FundReportYear.disbursed', FUND_OUT),
  ...['FundReportYear.childrenSupported', 'FundReportYear.byForm'].map((f) => smallCount(f, REACHED)),
  ...['FundReportLevel.donations', 'FundReportLevel.mobilisedCash', 'FundReportLevel.mobilisedInKind'].map((f) => open(f, FUND_IN)),
  ...['FundReportLevel.disbursed', 'FundReportLevel.unspentAtYearEnd'].map((f) =>
    sensitive(f, `${FUND_OUT} (the unspent balance is what was given less what was paid out)`),
  ),
  sensitive('Query.fundBalances', `${FUND_OUT} (the unspent balance is what was given less what was paid out)`),
  ...['FundBalance.unspent', 'FundBalance.donations', 'FundBalance.oldestAgeDays', 'FundBalance.meanAgeDays'].map((f) =>
    sensitive(f, 'withheld with Query.fundBalances'),
  ),
  open('LabourReportingSummary.communesSubmittedSixMonth', 'whether communes reported: about administrations, not children'),
  open('LabourReportingSummary.communesSubmittedYearly', 'whether communes reported: about administrations, not children'),
];
