import { Kind, type GraphQLResolveInfo } from 'graphql';

/** What `selectsField` reads of a resolver's `@Info()`. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes'>;

/**
 * Whether the field being resolved selects `name` directly (`me { staff { … } }`). Fragments
 * (spreads or inline) count as a yes without being followed: the answer only lets a resolver leave
 * out work nobody asked for, so when in doubt it asks for everything.
 */
export function selectsField(info: SelectionInfo, name: string): boolean {
  for (const node of info.fieldNodes) {
    for (const sel of node.selectionSet?.selections ?? []) {
      if (sel.kind !== Kind.FIELD) return true;
      if (sel.name.value === name) return true;
    }
  }
  return false;
}
