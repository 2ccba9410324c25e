/** The Department's own category codes behind each GraphQL enum value. */
export const EnumValues = {
  CheckupKind: { FREE_GENERAL_CHECKUP: 'KSK_TQ', OTHER_SCREENING: 'SANG_LOC' },
  CheckupProvider: { COMMUNE_HEALTH_STATION: 'TYT', DISTRICT_HEALTH_CENTRE: 'TTYT' },
  // KHAC (khác, other) stands for every source code the graph does not know yet (toTreatmentSupport).
  TreatmentFundingSource: { CHILD_PROTECTION_FUND: 'QUY_BTTE', STATE_BUDGET: 'NSNN', SOCIAL_DONATIONS: 'XHH', OTHER: 'KHAC' },
} as const;
