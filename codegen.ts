import type { CodegenConfig } from '@graphql-codegen/cli';
import { print } from 'graphql';
import { importBatchesTypeDefs } from './lib/import/batches.ts';
import { EnumValues as cultureEnums } from './subgraphs/culture/resolvers/enums.ts';
import { EnumValues as educationEnums } from './subgraphs/education/resolvers/enums.ts';
import { EnumValues as geographyEnums } from './subgraphs/geography/resolvers/enums.ts';
import { EnumValues as healthEnums } from './subgraphs/health/resolvers/enums.ts';
import { EnumValues as labourEnums } from './subgraphs/labour/resolvers/enums.ts';

/**
 * Resolver types generated from each subgraph's SDL (`npm run codegen`), so that `tsc` checks
 * every resolver's parent, arguments and result against the schema. `test/codegen.test.ts`
 * fails when a generated file is stale.
 */
const SUBGRAPHS = ['geography', 'education', 'health', 'culture', 'labour', 'coverage'] as const;

/** The GraphQL parent type of each entity or object is the row or shape its resolvers receive. */
const VERSION_REF = '../../../lib/periods.ts#VersionRef';
const IMPORT_BATCH = '../../../lib/import/batches.ts#VisibleBatch';
const MAPPERS: Partial<Record<(typeof SUBGRAPHS)[number], Record<string, string>>> = {
  education: { Commune: VERSION_REF, Province: VERSION_REF, ImportBatch: IMPORT_BATCH },
  health: { Commune: VERSION_REF, Province: VERSION_REF, ImportBatch: IMPORT_BATCH },
  culture: { Commune: VERSION_REF, ImportBatch: IMPORT_BATCH },
  labour: {
    Commune: VERSION_REF,
    Province: VERSION_REF,
    ChildRecord: '../resolvers/ChildRecords.ts#ChildShape',
    FundDonation: '../db/fund-reads.ts#DonationRow',
    FundDonor: '../db/fund-reads.ts#DonorRow',
    ImportBatch: IMPORT_BATCH,
  },
  coverage: {
    Commune: VERSION_REF,
    Province: VERSION_REF,
    District: VERSION_REF,
    IndicatorValue: '../evaluate.ts#IndicatorValue',
    Indicator: '../registry.ts#Indicator',
  },
  geography: {
    Commune: '../resolvers/shapes.ts#CommuneShape',
    Province: '../resolvers/shapes.ts#UnitShape',
    District: '../resolvers/shapes.ts#DistrictShape',
    PlaceMatch: '../resolvers/PlaceSearch.ts#Match',
  },
};

/** Enums whose resolvers map GraphQL values to the agency's own codes (internal values). */
const ENUM_VALUES: Partial<Record<(typeof SUBGRAPHS)[number], Record<string, Record<string, string>>>> = {
  culture: cultureEnums,
  education: educationEnums,
  geography: geographyEnums,
  health: healthEnums,
  labour: labourEnums,
};

/**
 * A field resolver that returns such an enum is typed by its internal values: typescript-resolvers
 * leaves the enum `null` in ResolversTypes when its values are given inline, so each maps to itself.
 */
const enumsAsThemselves = (name: (typeof SUBGRAPHS)[number]) =>
  Object.fromEntries(Object.keys(ENUM_VALUES[name] ?? {}).map((enumName) => [enumName, enumName]));

/** Agencies that take imports serve the shared batch types besides their own SDL (lib/import/batches.ts). */
const IMPORTS: readonly string[] = ['education', 'health', 'culture', 'labour'];
const schemaOf = (name: string) =>
  IMPORTS.includes(name) ? [`subgraphs/${name}/schema.graphql`, print(importBatchesTypeDefs(name))] : `subgraphs/${name}/schema.graphql`;

const contextType = (name: string) => `../context.ts#${name[0]!.toUpperCase()}${name.slice(1)}Context`;

export const outputOf = (name: string) => `subgraphs/${name}/__generated__/resolvers-types.ts`;

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    SUBGRAPHS.map((name) => [
      outputOf(name),
      {
        schema: schemaOf(name),
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          enumsAsTypes: true,
          contextType: contextType(name),
          scalars: { Date: 'string', VND: 'string' },
          mappers: { ...MAPPERS[name], ...enumsAsThemselves(name) },
          enumValues: ENUM_VALUES[name] ?? {},
          // Row and shape types imported as mappers keep their own names: `IndicatorValueModel`.
          mapperTypeSuffix: 'Model',
          // Arguments arrive as the client sent them and are validated by lib/args.ts.
          avoidOptionals: false,
        },
      },
    ]),
  ),
};

export default config;
