/**
 * The Department's own category codes behind each GraphQL enum value (the enums' internal
 * values): resolvers return and receive the native codes, and GraphQL translates them at the edge.
 */

export const EnumValues = {
  SchoolLevel: { PRESCHOOL: 'MN', PRIMARY: 'TH', LOWER_SECONDARY: 'THCS' },
  SchoolOwnership: { PUBLIC: 'CL', PRIVATE: 'TT' },
  MealFunder: { STATE_BUDGET: 'NSNN', TARGET_PROGRAMME: 'CTMT', SOCIALISED: 'XHH', PARENTS: 'PHHS' },
} as const;
