import { forSite } from '@mpa/graphql';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DistributeItems } from '../src/distributions/distribute-items.component.js';
import { Distributions, distributionsPageSize } from '../src/distributions/distributions.component.js';
import { distributeItemsMutation, migrantDistributionsQuery } from '../src/distributions/distributions.documents.js';
import { centreStockQuery } from '../src/stock/stock.documents.js';
import { centre, connection, provider, refusal, renderWith, signInAs, signOut, stockItem } from './helpers.js';

const migrantId = 'bossaso:m1';
const today = new Date('2026-03-15T12:00:00Z');
const stock = (blankets: number, kits: number) => ({
  data: { centre: centre({ name: 'Bossaso', stock: [stockItem('i1', 'Blanket', blankets), stockItem('i2', 'Hygiene kit', kits, { unit: 'kit', category: 'HYGIENE' })] }) },
});
const stockRequest = { query: centreStockQuery, variables: { site: 'bossaso' } };
const distribute = forSite(distributeItemsMutation, 'bossaso');
const input = { migrantId, distributedOn: '2026-03-15', items: [{ itemId: 'bossaso:i1', quantity: 2 }], idempotencyKey: 'key-1' };
const handedOut = (level: number) => ({
  data: {
    site: {
      __typename: 'SiteMutations',
      distributeItems: {
        __typename: 'DistributeItemsPayload',
        created: true,
        distribution: { __typename: 'Distribution', id: 'bossaso:d1', items: [{ __typename: 'DistributedItem', quantity: 2, item: { ...stockItem('i1', 'Blanket', level) } }] },
      },
    },
  },
});

afterEach(() => {
  cleanup();
  signOut();
});

describe('handing out relief items', () => {
  it('shows what is in stock beside each item, and checks the quantities before sending', async () => {
    await signInAs('caseworker');
    renderWith([{ request: stockRequest, result: stock(10, 3) }], <DistributeItems site="bossaso" migrantId={migrantId} today={today} newKey={() => 'key-1'} />);
    expect(await screen.findByText('10 piece in stock')).toBeTruthy();
    expect(screen.getByText('3 kit in stock')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Hand out' }));
    expect(screen.getByText('Enter a quantity for at least one item.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Hygiene kit (kit)' }), 'two');
    await user.click(screen.getByRole('button', { name: 'Hand out' }));
    expect(screen.getByText('Enter the hygiene kit as a whole number of 1 or more.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Hygiene kit (kit)' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('hands items out, and the stock shown goes down', async () => {
    await signInAs('caseworker');
    renderWith(
      [
        { request: stockRequest, result: stock(10, 3) },
        { request: { query: distribute, variables: { input } }, result: handedOut(8) },
        { request: stockRequest, result: stock(8, 3) },
      ],
      <DistributeItems site="bossaso" migrantId={migrantId} today={today} newKey={() => 'key-1'} />,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Blanket (piece)' }), '2');
    await user.click(screen.getByRole('button', { name: 'Hand out' }));
    expect(await screen.findByText('Handed out: 2 × Blanket.')).toBeTruthy();
    expect(await screen.findByText('8 piece in stock')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Blanket (piece)' }) as HTMLInputElement).value).toBe('');
  });

  it('says which item is short when the centre refuses a distribution beyond its stock', async () => {
    await signInAs('caseworker');
    const short = refusal('INSUFFICIENT_STOCK', 'Not enough stock. Blanket: 2 requested, 1 available', {
      item: 'Blanket', itemId: 'bossaso:i1', requested: 2, available: 1, shortages: [{ itemId: 'bossaso:i1', item: 'Blanket', requested: 2, available: 1 }],
    });
    renderWith(
      [
        // The page still showed 10: someone at another desk handed most of them out meanwhile.
        { request: stockRequest, result: stock(10, 3) },
        { request: { query: distribute, variables: { input } }, result: short },
        { request: stockRequest, result: stock(1, 3) },
      ],
      <DistributeItems site="bossaso" migrantId={migrantId} today={today} newKey={() => 'key-1'} />,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Blanket (piece)' }), '2');
    await user.click(screen.getByRole('button', { name: 'Hand out' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Not enough Blanket in stock: 2 asked for, 1 available. Nothing was handed out; lower the quantity or receive stock first.')).toBeTruthy();
    expect(screen.getByText('Only 1 in stock (2 asked for).')).toBeTruthy();
    expect(await screen.findByText('1 piece in stock')).toBeTruthy();
  });

  it('sends a caseworker to the stock page when the centre keeps no items yet', async () => {
    await signInAs('caseworker');
    renderWith([{ request: stockRequest, result: { data: { centre: centre({ name: 'Bossaso', stock: [] }) } } }], <DistributeItems site="bossaso" migrantId={migrantId} />);
    expect(await screen.findByText(/add them and receive stock on the Stock page/)).toBeTruthy();
  });

  it('lists what the migrant received; medical staff see it but cannot hand out', async () => {
    await signInAs('medical');
    const distribution = {
      __typename: 'Distribution', id: 'bossaso:d1', distributedOn: '2026-03-02', notes: null, deliveredBy: provider('Bossaso caseworker'),
      items: [{ __typename: 'DistributedItem', quantity: 1, item: { __typename: 'StockItem', id: 'bossaso:i2', name: 'Hygiene kit', unit: 'kit' } }],
    };
    renderWith(
      [{ request: { query: migrantDistributionsQuery, variables: { id: migrantId, first: distributionsPageSize } }, result: { data: { migrant: { __typename: 'BossasoMigrant', id: migrantId, distributions: connection('Distribution', [distribution]) } } } }],
      <Distributions site="bossaso" migrantId={migrantId} />,
    );
    const table = await screen.findByRole('table', { name: 'Items handed out, most recent first' });
    expect(within(table).getByText('1 × Hygiene kit')).toBeTruthy();
    expect(screen.getByText('Handing out items needs the caseworker role.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hand out' })).toBeNull();
  });
});
