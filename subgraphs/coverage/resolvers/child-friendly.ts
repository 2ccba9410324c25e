import { GraphQLError } from 'graphql';
import { communeCodeArg, dateArg, yearArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { DIRECTORY_START, type VersionRef } from '../../../lib/periods.ts';
import { CHILD_FRIENDLY_CRITERIA, FEEDING_INDICATORS, scorecard, type RecordedAssessment } from '../child-friendly.ts';
import type { Kysely } from 'kysely';
import type { CommuneResolvers, MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { CoverageDB } from '../db/tables.ts';
import { insideViewerArea } from '../publication.ts';
import { recomputeChildFriendly } from '../child-friendly-share.ts';
import { appendAssessment, communeYearRow, listAssessments } from '../db/repository.ts';
import { areaResolvers, communeValuesAsFiled } from './areas.ts';

const communeCoverage = areaResolvers('commune').coverage;

async function recordedFor(db: Kysely<CoverageDB>, ref: VersionRef, year: number): Promise<RecordedAssessment[]> {
  const rows = await listAssessments(db, year, [ref]);
  return rows.map((r) => ({
    criterion: r.criterion,
    met: r.met,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}

/** The scorecard: criteria as this viewer may see them; `qualifies` on the figures as filed (a public fact). */
async function scorecardFor(ref: VersionRef, year: number, recorded: RecordedAssessment[], ctx: Parameters<typeof communeCoverage>[2]) {
  const [shown, asFiled] = await Promise.all([
    communeCoverage(ref, { year, indicators: FEEDING_INDICATORS }, ctx),
    communeValuesAsFiled(ref, year, FEEDING_INDICATORS, ctx),
  ]);
  return scorecard(year, shown, recorded, asFiled);
}

/** `Commune.childFriendlyScorecard(year)`: the 13 criteria, computed from the commune's indicator values as this viewer may see them, or as recorded. */
export const childFriendlyScorecard: NonNullable<CommuneResolvers['childFriendlyScorecard']> = async (ref, args, ctx) => {
  const year = yearArg(args.year);
  return scorecardFor(ref, year, await recordedFor(ctx.read, ref, year), ctx);
};

const MAX_NOTE = 1000;

export const Mutation: MutationResolvers = {
  /**
   * An officer of the commune's area (or ADMIN) records a criterion the commune assesses itself.
   * Appended, never updated: the rows are the audit trail of who recorded what and when.
   */
  async recordChildFriendlyAssessment(_, args, ctx) {
    const code = communeCodeArg(args.code);
    const validFrom = dateArg(args.validFrom, 'validFrom', { min: DIRECTORY_START });
    const year = yearArg(args.year);
    const criterion = CHILD_FRIENDLY_CRITERIA.find((c) => c.number === args.criterion);
    if (!criterion) throw badUserInput('criterion', 'must be a criterion number from 1 to 13');
    if (criterion.feed)
      throw badUserInput('criterion', `criterion ${criterion.number} is computed from ${criterion.feed.indicator}, not recorded`);
    const note = args.note ?? null;
    if (note !== null && (note.length > MAX_NOTE || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(note))) {
      throw badUserInput('note', `at most ${MAX_NOTE} characters, without control characters`);
    }
    const { viewer } = ctx;
    if (
      !(
        viewer.role === 'ADMIN' ||
        (viewer.role === 'OFFICER' && insideViewerArea(viewer, { kind: 'commune', key: `${code}|${validFrom}`, provinceCode: '' }))
      )
    ) {
      throw new GraphQLError('Only an officer whose area holds this commune, or ADMIN, records its child-friendly assessment.', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const ref = { code, validFrom };
    // On the primary: the answer must show the assessment just recorded, which a replica may not have yet.
    // One transaction: the record and the share's measures it changes are stored together or not at all.
    const recorded = await ctx.primary((primary) =>
      primary.transaction().execute(async (db) => {
        const known = await communeYearRow(db, code, validFrom, year);
        if (!known) throw badUserInput('code', `commune ${code} (version of ${validFrom}) has no figures for ${year} in the read model`);
        await appendAssessment(db, {
          code,
          valid_from: validFrom,
          year,
          criterion: criterion.number,
          met: args.met,
          note,
          recorded_by: viewer.subject,
          role: viewer.role,
          request_id: ctx.requestId,
        });
        // The share of child-friendly communes reads the stored qualification: brought up to date now,
        // and the coverage answers kept by the gateway key on the assessments' stamp (freshness.ts).
        await recomputeChildFriendly(db, known);
        return recordedFor(db, ref, year);
      }),
    );
    return scorecardFor(ref, year, recorded, ctx);
  },
};
