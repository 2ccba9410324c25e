/** The Department's own category codes behind each GraphQL enum value. */
export const EnumValues = {
  ChildSupportForm: {
    HEALTH_CARE: 'CHAM_SOC_SUC_KHOE',
    SOCIAL_ASSISTANCE: 'TRO_GIUP_XA_HOI',
    EDUCATION_VOCATIONAL: 'HO_TRO_GIAO_DUC',
    LEGAL_AID: 'TRO_GIUP_PHAP_LY',
    COUNSELLING_PSYCHOLOGICAL: 'TU_VAN_TAM_LY',
    WARM_WINTER_ITEMS: 'DO_DUNG_MUA_DONG',
  },
  ChildSupportSource: { STATE_BUDGET: 'NGAN_SACH', CHILD_PROTECTION_FUND: 'QUY_BTTE', SOCIALISED: 'XA_HOI_HOA' },
  FundLevel: { PROVINCE: 'TINH', DISTRICT: 'HUYEN', COMMUNE: 'XA' },
  FundDonorKind: { INDIVIDUAL: 'CA_NHAN', ENTERPRISE: 'DOANH_NGHIEP', ORGANISATION: 'TO_CHUC' },
  ChildSex: { MALE: 'NAM', FEMALE: 'NU' },
  HouseholdPovertyLevel: { POOR: 'NGHEO', NEAR_POOR: 'CAN_NGHEO' },
} as const;
