import { defineSite } from '@mpa/platform';

/** The Migrant Response Centre in Hargeisa. */
export const site = defineSite({
  code: 'hargeisa',
  name: 'Hargeisa',
  openedOn: '2011-06-01',
  port: 4102,
  database: 'mpa_hargeisa',
});
