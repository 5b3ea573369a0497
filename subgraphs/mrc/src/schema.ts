import { renderSiteSchema, type SiteConfig } from '@mpa/platform';
import { parse, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';

/** The SDL template every site serves (`schema.graphql` at the package root). */
export const siteTemplate = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** The SDL one site's subgraph serves: the template with the site's own type names. */
export function siteTypeDefs(site: SiteConfig): DocumentNode {
  return renderSiteSchema(siteTemplate, [site]);
}
