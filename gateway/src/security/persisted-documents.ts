import { GraphQLError, Kind, parse, print, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site whose namespace portal documents are written for (`site: bossaso { … }`, see @mpa/graphql's forSite). */
const DOCUMENT_SITE = 'bossaso';

const FRONTENDS = fileURLToPath(new URL('../../../frontends/', import.meta.url));

/** Every frontend package's persisted documents (`src/__generated__/persisted-documents.json`): hash → document. */
export function loadPortalDocuments(frontends = FRONTENDS): Map<string, string> {
  const documents = new Map<string, string>();
  if (!existsSync(frontends)) return documents;
  for (const name of readdirSync(frontends).sort()) {
    const file = join(frontends, name, 'src', '__generated__', 'persisted-documents.json');
    if (!existsSync(file)) continue;
    for (const [hash, document] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) documents.set(hash, document);
  }
  return documents;
}

/** The site mutation namespaces of the supergraph (`Mutation.bossaso: SiteMutations`, …). */
export function siteNamespaces(supergraph: string): string[] {
  const mutation = parse(supergraph).definitions.find((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Mutation');
  if (!mutation || !('fields' in mutation)) return [];
  return (mutation.fields ?? []).filter((f) => namedType(f.type) === 'SiteMutations').map((f) => f.name.value);
}

function namedType(type: { kind: Kind; type?: unknown; name?: { value: string } }): string {
  return type.kind === Kind.NAMED_TYPE ? type.name!.value : namedType(type.type as typeof type);
}

/**
 * What the gateway runs for each persisted ID: the manifest's documents, and for every document
 * written for the `site: bossaso` namespace, its variant for each other centre under `<hash>@<site>`
 * (what @mpa/graphql's forSite sends). Each gets the `__typename`s Apollo Client adds before it
 * sends a document, so a hash-only request is answered exactly like the full document.
 */
export function persistedDocumentStore(manifest: ReadonlyMap<string, string>, sites: readonly string[]): Map<string, string> {
  // Stored as text: the gateway then treats it like any document sent (limits, validation).
  const store = new Map<string, string>();
  for (const [hash, source] of manifest) {
    const document = withTypenames(parse(source));
    store.set(hash, print(document));
    if (!hasSiteNamespace(document)) continue;
    for (const site of sites) if (site !== DOCUMENT_SITE) store.set(`${hash}@${site}`, print(forSite(document, site)));
  }
  return store;
}

function hasSiteNamespace(document: DocumentNode): boolean {
  return document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation'
    && d.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.alias?.value === 'site' && s.name.value === DOCUMENT_SITE));
}

function forSite(document: DocumentNode, site: string): DocumentNode {
  return visit(document, {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return undefined;
      const selections = node.selectionSet.selections.map((s) =>
        s.kind === Kind.FIELD && s.alias?.value === 'site' && s.name.value === DOCUMENT_SITE ? ({ ...s, name: { ...s.name, value: site } } satisfies FieldNode) : s);
      return { ...node, selectionSet: { ...node.selectionSet, selections } };
    },
  });
}

/** Apollo Client's rule: `__typename` in every selection set but an operation's root. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent): SelectionSetNode | undefined {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

export interface PersistedDocumentsOptions {
  /** Persisted ID → document. */
  documents: ReadonlyMap<string, string>;
  /** Refuse any document sent as text (the portal's gateway); off, integrators send their own. */
  only: boolean;
}

/** Hive Gateway's `persistedDocuments` option: the portal's documents by ID; text documents only when allowed. */
export function persistedDocumentsConfig(options: PersistedDocumentsOptions) {
  // Fail at start rather than refuse every request: the frontends' manifests are missing (not built into this image?).
  if (options.only && options.documents.size === 0) throw new Error('Persisted documents only, but no frontend manifest (frontends/*/src/__generated__/persisted-documents.json) was found.');
  return {
    getPersistedOperation: (id: string) => options.documents.get(id) ?? null,
    allowArbitraryDocuments: !options.only,
    customErrors: {
      // The message and code Apollo's persisted-query link knows: it then sends the whole document once.
      notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      persistedQueryOnly: () => persistedOnly(),
      keyNotFound: () => (options.only ? persistedOnly() : new GraphQLError('Send a GraphQL document in `query`, or a persisted document ID in extensions.persistedQuery.sha256Hash.', {
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      })),
    },
  };
}

function persistedOnly(): GraphQLError {
  return new GraphQLError('This gateway runs only the portal\'s persisted documents: send a known ID in extensions.persistedQuery.sha256Hash.', {
    extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED', http: { status: 400 } },
  });
}
