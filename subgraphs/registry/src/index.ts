import { site as bossaso } from '@mpa/bossaso/site';
import { site as hargeisa } from '@mpa/hargeisa/site';
import { site as mogadishu } from '@mpa/mogadishu/site';
import type { SiteConfig } from '@mpa/platform';

/** Every Migrant Response Centre the hub serves, in the order they opened. Adding an MRC = one line here. */
export const sites: readonly SiteConfig[] = [bossaso, hargeisa, mogadishu];

/** The AVRR subgraph's default port. */
export const AVRR_PORT = 4100;

export function siteByCode(code: string): SiteConfig | undefined {
  return sites.find((s) => s.code === code);
}
