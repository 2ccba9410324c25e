import { concatAST } from 'graphql';
import { importBatchesResolvers, importBatchesTypeDefs } from '../../lib/import/batches.ts';
import { DateScalar, VndScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import * as m0001 from './db/migrations/0001_labour.ts';
import * as m0002 from './db/migrations/0002_audit.ts';
import * as m0003 from './db/migrations/0003_audit_correlation.ts';
import * as m0004 from './db/migrations/0004_fund_ledger.ts';
import * as m0005 from './db/migrations/0005_imports.ts';
import type { LabourDB } from './db/tables.ts';
import { LABOUR_TEMPLATES } from './import.ts';
import { createLoaders, type LabourLoaders } from './loaders.ts';
import { ChildRecord, childRecordAudit, childRecords } from './resolvers/ChildRecords.ts';
import { Commune } from './resolvers/Commune.ts';
import { EnumValues } from './resolvers/enums.ts';
import { communeFundReport, fundSourcesOf, FundDonation, FundDonor, FundQuery } from './resolvers/Fund.ts';
import { Province } from './resolvers/Province.ts';

/**
 * Social affairs (DOLISA; the child-affairs function and its data moved to the Ministry of
 * Health in 2025): children on the register, support given, the Child Protection Fund and
 * commune reports, published as aggregates on communes and provinces; child-level records only
 * to officers inside their area and administrators, every read audited.
 */
export const labour: SubgraphDefinition<LabourDB, LabourLoaders> = {
  name: 'labour',
  typeDefs: concatAST([loadSchema(new URL('./schema.graphql', import.meta.url)), importBatchesTypeDefs('labour')]),
  resolvers: {
    Date: DateScalar,
    VND: VndScalar,
    Query: { childRecordAudit, ...FundQuery, ...importBatchesResolvers('labour').Query },
    ImportBatch: importBatchesResolvers('labour').ImportBatch,
    Commune: { ...Commune, childRecords, fundSources: fundSourcesOf('commune'), fundReport: communeFundReport },
    ChildRecord,
    Province: { ...Province, fundSources: fundSourcesOf('province') },
    FundDonation,
    FundDonor,
    ...EnumValues,
  } satisfies Resolvers,
  migrations: {
    '0001_labour': m0001,
    '0002_audit': m0002,
    '0003_audit_correlation': m0003,
    '0004_fund_ledger': m0004,
    '0005_imports': m0005,
  },
  createLoaders,
  imports: LABOUR_TEMPLATES,
};
