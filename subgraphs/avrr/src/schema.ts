import { renderSiteSchema, type SiteConfig } from '@mpa/platform';
import { parse, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';

/** The AVRR SDL template (`schema.graphql` at the package root). */
export const avrrTemplate = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** The SDL of the AVRR subgraph: the shared template with one Centre and Migrant type per registered site. */
export function avrrTypeDefs(sites: readonly SiteConfig[]): DocumentNode {
  return renderSiteSchema(avrrTemplate, sites);
}
