/**
 * The directory's own codes behind each GraphQL enum value: those of the shipped files
 * (data/*.tsv) and of the tables loaded from them.
 */
export const EnumValues = {
  Transfer: { FULL: 'full', PARTIAL: 'partial' },
  // The merger list's reasons (data/mergers-2021-2025.tsv); the crosswalk's has no code in the files.
  UnknownSuccessorReason: {
    NOT_IN_MERGER_SOURCE: 'NOT_IN_SOURCE',
    MERGER_SOURCE_UNMATCHED: 'NO_MATCHING_UNIT',
    MERGER_SOURCE_AMBIGUOUS: 'AMBIGUOUS',
    NOT_IN_REFORM_CROSSWALK: 'NOT_IN_REFORM_CROSSWALK',
  },
} as const;
