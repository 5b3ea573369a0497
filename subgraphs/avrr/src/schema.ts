import { readSchemaFolder, renderSiteSchema, type SiteConfig } from '@mpa/platform';
import type { DocumentNode } from 'graphql';

/** The AVRR SDL template (`schema/*.graphql`, one file per service area). */
export const avrrTemplate = readSchemaFolder(new URL('../schema/', import.meta.url));

/** The SDL of the AVRR subgraph: the shared template with one Centre and Migrant type per registered site. */
export function avrrTypeDefs(sites: readonly SiteConfig[]): DocumentNode {
  return renderSiteSchema(avrrTemplate, sites);
}
