import { composeServices } from '@apollo/composition';
import { avrrTypeDefs } from '@mpa/avrr/schema';
import { siteTypeDefs } from '@mpa/mrc/schema';
import { type SiteConfig } from '@mpa/platform';
import { AVRR_PORT } from '@mpa/registry';
import { printSchema } from 'graphql';

export interface ComposedGraph {
  /** The supergraph the gateway serves (with routing metadata). */
  supergraph: string;
  /** The public API schema integrators and frontend codegen read. */
  apiSchema: string;
}

/** Subgraph URLs written into the supergraph; the gateway can point them elsewhere at run time. */
export function defaultSubgraphUrl(name: string, port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

/** Composes the AVRR subgraph and one subgraph per site at build time (no introspection at run time). */
export function composeHub(sites: readonly SiteConfig[]): ComposedGraph {
  const result = composeServices([
    { name: 'avrr', url: defaultSubgraphUrl('avrr', AVRR_PORT), typeDefs: avrrTypeDefs(sites) },
    ...sites.map((site) => ({ name: site.code, url: defaultSubgraphUrl(site.code, site.port), typeDefs: siteTypeDefs(site) })),
  ]);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraph: result.supergraphSdl,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}
