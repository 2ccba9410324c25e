import { communeCodeKey, cursorArg, encodeCursor, pageSizeArg } from '../../../lib/args.ts';
import type * as repo from '../db/repository.ts';
import type { GeographyContext } from '../context.ts';
import { toCommune } from './shapes.ts';

/** A cursor-paginated page of communes with its total, shared by every list of communes. */
export async function communePage(ctx: GeographyContext, filter: repo.CommuneFilter, args: { first?: unknown; after?: unknown }) {
  const limit = pageSizeArg(args.first);
  const after = cursorArg(args.after, communeCodeKey);
  // Batched with every other list of the request (each province's communes): one statement.
  const { rows, totalCount } = await ctx.loaders.communePages.load({ filter, after, limit: limit + 1 });
  const page = rows.slice(0, limit).map(toCommune);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.code), node }));
  return {
    totalCount,
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
