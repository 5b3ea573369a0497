import { defineSite } from '@mpa/platform';

/** The Migrant Response Centre in Mogadishu. */
export const site = defineSite({
  code: 'mogadishu',
  name: 'Mogadishu',
  openedOn: '2021-03-01',
  port: 4103,
  database: 'mpa_mogadishu',
});
