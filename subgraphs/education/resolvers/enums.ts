/**
 * The Department's own category codes, mapped to the GraphQL enum values. Resolvers return the
 * native codes; these maps translate them at the edge.
 */
export const LEVEL_OF_CODE = { MN: 'PRESCHOOL', TH: 'PRIMARY', THCS: 'LOWER_SECONDARY' } as const;
export const CODE_OF_LEVEL: Record<string, 'MN' | 'TH' | 'THCS'> = { PRESCHOOL: 'MN', PRIMARY: 'TH', LOWER_SECONDARY: 'THCS' };

export const EnumValues = {
  SchoolLevel: { PRESCHOOL: 'MN', PRIMARY: 'TH', LOWER_SECONDARY: 'THCS' },
  SchoolOwnership: { PUBLIC: 'CL', PRIVATE: 'TT' },
  MealFunder: { STATE_BUDGET: 'NSNN', TARGET_PROGRAMME: 'CTMT', SOCIALISED: 'XHH', PARENTS: 'PHHS' },
};
