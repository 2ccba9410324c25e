import { cursorArg, encodeCursor, pageSizeArg } from '../../../lib/args.ts';
import * as repo from '../db/repository.ts';
import type { GeographyContext } from '../context.ts';
import { toCommune } from './shapes.ts';

/** A cursor-paginated page of communes with its total, shared by every list of communes. */
export async function communePage(
  ctx: GeographyContext,
  filter: repo.CommuneFilter,
  args: { first?: unknown; after?: unknown },
) {
  const limit = pageSizeArg(args.first);
  const after = cursorArg(args.after);
  const [rows, totalCount] = await Promise.all([
    limit === 0 ? Promise.resolve([]) : repo.listCommunes(ctx.db, filter, { after, limit: limit + 1 }),
    repo.countCommunes(ctx.db, filter),
  ]);
  const page = rows.slice(0, limit).map(toCommune);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.code), node }));
  return {
    totalCount,
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
