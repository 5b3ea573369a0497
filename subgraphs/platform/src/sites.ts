/** One Migrant Response Centre, as configuration. A new MRC is one of these, never a copy of code. */
export interface SiteConfig {
  /** Lower-case code; prefixes every ID of the site and names its mutation namespace. */
  code: string;
  /** Prefix of the site's federated type names (`Bossaso` → `BossasoCentre`, `BossasoMigrant`). */
  typePrefix: string;
  name: string;
  /** The date the centre opened (ISO date). */
  openedOn: string;
  /** Default port of the site subgraph. */
  port: number;
  /** Name of the site's own database. */
  database: string;
}

export function defineSite(site: Omit<SiteConfig, 'typePrefix'> & { typePrefix?: string }): SiteConfig {
  if (!/^[a-z][a-z0-9]*$/.test(site.code)) throw new Error(`Site code must be lower-case letters and digits: ${site.code}`);
  return { ...site, typePrefix: site.typePrefix ?? site.code[0]!.toUpperCase() + site.code.slice(1) };
}
