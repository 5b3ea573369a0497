import type { DocumentNode, FieldNode, OperationDefinitionNode } from 'graphql';

/**
 * The site every site-scoped document is written for. A document names `bossaso` as its
 * mutation namespace, aliased `site` so its result reads the same for every site:
 *
 *     mutation Register($input: RegisterMigrantInput!) { site: bossaso { registerMigrant(input: $input) { … } } }
 *
 * and `forSite` points it at the active site before it is sent. Adding a site is configuration
 * (the gateway's schema); no document changes.
 */
export const documentSite = 'bossaso';

const siteName = /^[a-z][a-z0-9_]*$/;
const rewritten = new WeakMap<DocumentNode, Map<string, DocumentNode>>();

/**
 * The same document with its mutation namespace field (`site: bossaso`) renamed to `site`.
 * The answer is cached per document and site: Apollo keys its work on the document object.
 * The typed document's type is kept, so results and variables stay typed.
 */
export function forSite<T extends DocumentNode>(document: T, site: string): T {
  if (!siteName.test(site)) throw new Error(`"${site}" is not a site code`);
  let perSite = rewritten.get(document);
  if (perSite === undefined) rewritten.set(document, (perSite = new Map()));
  const cached = perSite.get(site);
  if (cached !== undefined) return cached as T;

  let namespaces = 0;
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') return definition;
    const selections = definition.selectionSet.selections.map((selection) => {
      if (selection.kind !== 'Field' || selection.name.value !== documentSite) return selection;
      if (selection.alias?.value !== 'site') {
        throw new Error(`Alias the site namespace so every site's answer reads the same: \`site: ${documentSite} { … }\``);
      }
      namespaces += 1;
      return { ...selection, name: { ...selection.name, value: site } } satisfies FieldNode;
    });
    return { ...definition, selectionSet: { ...definition.selectionSet, selections } } satisfies OperationDefinitionNode;
  });
  if (namespaces === 0) throw new Error(`The document has no \`site: ${documentSite} { … }\` mutation namespace to point at a site`);
  // `loc` (the source text) would still name bossaso; Apollo prints the document from its tree.
  const { loc: _loc, ...rest } = document;
  const result = { ...rest, definitions } as unknown as T;
  perSite.set(site, result);
  return result;
}
