import { readSchemaFolder, renderSiteSchema, type SiteConfig } from '@mpa/platform';
import type { DocumentNode } from 'graphql';

/** The SDL template every site serves (`schema/*.graphql`, one file per service area). */
export const siteTemplate = readSchemaFolder(new URL('../schema/', import.meta.url));

/** The SDL one site's subgraph serves: the template with the site's own type names. */
export function siteTypeDefs(site: SiteConfig): DocumentNode {
  return renderSiteSchema(siteTemplate, [site]);
}
