import { defineSite } from '@mpa/platform';

/** The Migrant Response Centre in Bossaso. */
export const site = defineSite({
  code: 'bossaso',
  name: 'Bossaso',
  openedOn: '2009-05-01',
  port: 4101,
  database: 'mpa_bossaso',
});
