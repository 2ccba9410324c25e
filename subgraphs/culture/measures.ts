import type { MeasureTable } from '../../lib/sensitivity.ts';

/**
 * Every measure the culture subgraph publishes, with its sensitivity and why
 * (lib/sensitivity.ts). All are public: they describe play areas and their equipment, not children.
 */
const FACILITY = 'play areas and their equipment: facilities, not children';

export const CULTURE_MEASURES: MeasureTable = [
  ...[
    'playAreas',
    'withWorkingEquipment',
    'equipmentItems',
    'workingItems',
    'itemsInstalled',
    'donatedItemsInstalled',
    'inspected',
    'inspectionsPassed',
    'hasPlayAreaWithWorkingEquipment',
  ].map((f) => ({ field: `PlayAreaSummary.${f}`, sensitivity: 'PUBLIC' as const, reason: FACILITY })),
];
