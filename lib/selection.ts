import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects any of `fields` on the `typeName` object the current field
 * returns (through inline fragments and named fragments, as `_entities` receives them), so the
 * statement that finds the object can bring those fields too: one statement per fetch.
 */
export function selectsAny(info: GraphQLResolveInfo, typeName: string, fields: readonly string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return fields.includes(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return (!s.typeCondition || s.typeCondition.name.value === typeName) && within(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      if (!fragment || seen.has(s.name.value) || fragment.typeCondition.name.value !== typeName) return false;
      seen.add(s.name.value);
      return within(fragment.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
