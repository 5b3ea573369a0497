import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, visit, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { SiteConfig } from '../sites.js';

/**
 * Schema templates name one site's federated types `SiteCentre` and `SiteMigrant`, and its mutation
 * namespace `Mutation.site`. Rendering gives each site its own type names, which is how the query
 * planner routes a record to the centre that owns it (DESIGN.md §3).
 */
const TEMPLATE_TYPES = ['Centre', 'Migrant'] as const;
const TEMPLATE_NAMESPACE = 'site';

export function siteTypeName(site: Pick<SiteConfig, 'typePrefix'>, kind: (typeof TEMPLATE_TYPES)[number]): string {
  return `${site.typePrefix}${kind}`;
}

function renameFor(site: SiteConfig) {
  return (name: string): string => {
    for (const kind of TEMPLATE_TYPES) if (name === `Site${kind}`) return siteTypeName(site, kind);
    return name;
  };
}

function mentionsTemplate(def: DefinitionNode): boolean {
  let found = false;
  visit(def, {
    Name(node) {
      if (TEMPLATE_TYPES.some((k) => node.value === `Site${k}`)) found = true;
    },
  });
  return found;
}

/** Renders a template for the given sites: each template type (and anything naming one) once per site. */
export function renderSiteSchema(template: DocumentNode, sites: readonly SiteConfig[]): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const def of template.definitions) {
    if (!mentionsTemplate(def)) {
      definitions.push(renderNamespace(def, sites));
      continue;
    }
    for (const site of sites) {
      const rename = renameFor(site);
      definitions.push(visit(def, { Name: (node) => ({ ...node, value: rename(node.value) }) }));
    }
  }
  return { ...template, definitions };
}

/** `Mutation.site` becomes one field per site, named by its code. */
function renderNamespace(def: DefinitionNode, sites: readonly SiteConfig[]): DefinitionNode {
  if ((def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) || def.name.value !== 'Mutation') return def;
  const fields = (def.fields ?? []).flatMap((field) =>
    field.name.value === TEMPLATE_NAMESPACE ? sites.map((site) => ({ ...field, name: { ...field.name, value: site.code } })) : [field],
  );
  return { ...def, fields };
}

/** Renames a resolver map written against the template to the given sites' type and field names. */
export function renderSiteResolvers<R extends Record<string, unknown>>(resolvers: R, sites: readonly SiteConfig[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const kind = TEMPLATE_TYPES.find((k) => typeName === `Site${k}`);
    if (kind) {
      for (const site of sites) out[siteTypeName(site, kind)] = fields;
    } else if (typeName === 'Mutation' && fields && typeof fields === 'object' && TEMPLATE_NAMESPACE in fields) {
      const { [TEMPLATE_NAMESPACE]: namespace, ...rest } = fields as Record<string, unknown>;
      out.Mutation = { ...rest, ...Object.fromEntries(sites.map((site) => [site.code, namespace])) };
    } else {
      out[typeName] = fields;
    }
  }
  return out;
}

/**
 * Builds the executable federated schema of a template rendered for `sites`, with resolvers written
 * once against the template's names (typed by codegen) and renamed the same way.
 */
export function buildSiteSubgraphSchema(template: DocumentNode, sites: readonly SiteConfig[], resolvers: Record<string, unknown>): GraphQLSchema {
  const typeDefs = renderSiteSchema(template, sites);
  // Codegen types the resolvers per field; buildSubgraphSchema only wants a loose map.
  return buildSubgraphSchema({ typeDefs, resolvers: renderSiteResolvers(resolvers, sites) as Parameters<typeof buildSubgraphSchema>[0] extends infer P ? P extends { resolvers?: infer R } ? R : never : never });
}
