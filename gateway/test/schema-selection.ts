import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isLeafType, isObjectType, isInterfaceType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

/** The public API schema integrators read (`gateway/schema.graphql`). */
export const publicSchema: GraphQLSchema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/**
 * Every leaf field reachable from `typeName` whose arguments are all optional, as a selection set:
 * asks the API for all it says about a type (e.g. every indicator of `CentreStats`).
 */
export function everyLeaf(typeName: string, depth = 6): string {
  return selectionOf(publicSchema.getType(typeName)!, depth, true);
}

/** `everyLeaf` split by the type's own fields, for selections too costly to ask for at once. */
export function everyLeafByField(typeName: string): string[] {
  const inner = everyLeaf(typeName);
  const type = publicSchema.getType(typeName);
  if (!isObjectType(type)) return [inner];
  return Object.values(type.getFields()).filter((f) => f.args.every((a) => !a.type.toString().endsWith('!'))).map((f) => {
    const named = getNamedType(f.type);
    return `{ ${f.name} ${isLeafType(named) ? '' : selectionOf(named, 5)} }`;
  });
}

function selectionOf(type: GraphQLNamedType, depth: number, root = false): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  // A record (it has an ID or a code) is named, not walked into: indicators reference centres, not their case files.
  const key = ['id', 'code'].find((k) => k in type.getFields());
  if (key && !root) return `{ __typename ${key} }`;
  const fields = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !a.type.toString().endsWith('!')))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (depth === 0) return null;
      return `${f.name} ${selectionOf(named, depth - 1)}`;
    })
    .filter((f): f is string => f !== null);
  return `{ __typename ${fields.join(' ')} }`;
}
