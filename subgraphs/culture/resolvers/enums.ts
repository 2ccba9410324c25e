/** The Department's own category codes behind each GraphQL enum value. */
export const EnumValues = {
  PlayAreaKind: { CULTURAL_HOUSE: 'NVH', SCHOOL: 'TRUONG', PARK: 'CONG_VIEN', VILLAGE_PLAY_POINT: 'DIEM_THON' },
  PlayEquipmentKind: { SWING: 'XICH_DU', SLIDE: 'CAU_TRUOT', SEESAW: 'BAP_BENH', CLIMBING: 'LEO_NUI', SPORTS: 'THE_THAO' },
  EquipmentCondition: { WORKING: 'TOT', MINOR_DAMAGE: 'HONG_NHE', BROKEN: 'HONG' },
} as const;
