import { forSite } from '@mpa/graphql';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ReceiveStock } from '../src/stock/receive-stock.component.js';
import { movementsPageSize } from '../src/stock/stock-movements.component.js';
import { StockPage } from '../src/stock/stock-page.component.js';
import { addStockItemMutation, centreStockQuery, receiveStockMutation, stockMovementsQuery } from '../src/stock/stock.documents.js';
import { centre, connection, pageInfo, provider, refusal, renderWith, signInAs, signOut, stockItem } from './helpers.js';

const today = new Date('2026-03-15T12:00:00Z');
const stockRequest = { query: centreStockQuery, variables: { site: 'bossaso' } };
const movementsRequest = (after?: string) => ({ query: stockMovementsQuery, variables: { site: 'bossaso', first: movementsPageSize, ...(after === undefined ? {} : { after }) } });
const stock = (items: object[]) => ({ data: { centre: centre({ name: 'Bossaso', stock: items }) } });
const movement = (n: number, kind: 'RECEIPT' | 'DISTRIBUTION') => ({
  __typename: 'StockMovement', id: `bossaso:mv${n}`, kind, quantity: n, balanceAfter: 40 - n, occurredOn: '2026-03-01',
  source: kind === 'RECEIPT' ? 'UNHCR warehouse' : null,
  item: { __typename: 'StockItem', id: 'bossaso:i1', name: 'Blanket', unit: 'piece' },
  migrant: kind === 'DISTRIBUTION' ? { __typename: 'BossasoMigrant', id: 'bossaso:m1', registrationNumber: 'BOS-2026-000001' } : null,
  recordedBy: provider('Bossaso caseworker'),
});
const movements = (nodes: object[], info = pageInfo()) => ({ data: { centre: centre({ stockMovements: connection('StockMovement', nodes, info) }) } });

afterEach(() => {
  cleanup();
  signOut();
});

describe('the centre’s stock', () => {
  it('shows every level, and warns about the items at or below their re-order level', async () => {
    await signInAs('caseworker');
    renderWith(
      [
        { request: stockRequest, result: stock([stockItem('i1', 'Blanket', 40), stockItem('i2', 'Hygiene kit', 4, { unit: 'kit', category: 'HYGIENE' }), stockItem('i3', 'Jerrycan', 2)]) },
        { request: movementsRequest(), result: movements([]) },
      ],
      <StockPage site="bossaso" />,
    );
    const table = await screen.findByRole('table', { name: 'Stock levels now' });
    expect(screen.getByRole('heading', { name: 'Stock at Bossaso' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Stock levels and re-order levels' })).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Hygiene kit/ })).getByText('Low')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Blanket/ })).getByText('Enough')).toBeTruthy();
    expect(screen.getByText('Low stock: Hygiene kit, Jerrycan are at or below their re-order level.')).toBeTruthy();
    expect(await screen.findByText('Nothing received or handed out yet.')).toBeTruthy();
  });

  it('starts from nothing: a centre without items is told to add the first one', async () => {
    await signInAs('caseworker');
    renderWith([{ request: stockRequest, result: stock([]) }, { request: movementsRequest(), result: movements([]) }], <StockPage site="bossaso" />);
    expect(await screen.findByText('The centre keeps no stock items yet. Add the first item below.')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Add a stock item' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Receive stock' })).toBeNull();
  });

  it('says when the stock cannot be loaded, and tries again', async () => {
    await signInAs('caseworker');
    renderWith(
      [
        { request: stockRequest, error: new Error('Failed to fetch') },
        // The ledger answers later: its write to the centre's cache entry would make Apollo ask again for the failed stock by itself.
        { request: movementsRequest(), result: movements([]), delay: 1000 },
        { request: stockRequest, result: stock([stockItem('i1', 'Blanket', 40)]) },
      ],
      <StockPage site="bossaso" />,
    );
    expect(await screen.findByText('The stock could not be loaded.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Stock levels now' })).toBeTruthy();
  });

  it('pages through the ledger', async () => {
    await signInAs('medical');
    renderWith(
      [
        { request: stockRequest, result: stock([stockItem('i1', 'Blanket', 40)]) },
        { request: movementsRequest(), result: movements([movement(1, 'RECEIPT')], pageInfo(true, 'c1')) },
        { request: movementsRequest('c1'), result: movements([movement(2, 'DISTRIBUTION')]) },
      ],
      <StockPage site="bossaso" />,
    );
    const ledger = await screen.findByRole('table', { name: 'Stock received and handed out, newest first' });
    expect(within(ledger).getByText('UNHCR warehouse')).toBeTruthy();
    // Medical staff read the stock; receiving it is the caseworkers' work.
    expect(screen.getByText('Receiving stock and adding items need the caseworker role.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('BOS-2026-000001')).toBeTruthy();
    expect(screen.getByText('Page 2')).toBeTruthy();
  });

  it('receives stock: checked first, then the new level is announced', async () => {
    await signInAs('caseworker');
    const receive = forSite(receiveStockMutation, 'bossaso');
    const input = { itemId: 'bossaso:i1', quantity: 25, receivedOn: '2026-03-15', source: 'UNHCR warehouse', idempotencyKey: 'key-1' };
    const received = {
      data: {
        site: {
          __typename: 'SiteMutations',
          receiveStock: {
            __typename: 'ReceiveStockPayload', created: true,
            movement: { __typename: 'StockMovement', id: 'bossaso:mv9', quantity: 25, balanceAfter: 65, item: { __typename: 'StockItem', id: 'bossaso:i1', name: 'Blanket', level: 65, isLow: false } },
          },
        },
      },
    };
    renderWith([{ request: { query: receive, variables: { input } }, result: received }], <ReceiveStock items={[stockItem('i1', 'Blanket', 40)]} today={today} newKey={() => 'key-1'} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record the receipt' }));
    expect(screen.getByRole('alert').textContent).toBe('There are 3 problems with the form.');
    expect(screen.getByText('Choose the item.')).toBeTruthy();
    expect(screen.getByText('Enter the quantity received as a whole number of 1 or more.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Item/ }), 'bossaso:i1');
    await user.type(screen.getByRole('textbox', { name: /Quantity received/ }), '25');
    await user.type(screen.getByRole('textbox', { name: /From/ }), 'UNHCR warehouse');
    await user.click(screen.getByRole('button', { name: 'Record the receipt' }));
    expect(await screen.findByText('Received 25 × Blanket; 65 in stock now.')).toBeTruthy();
  });

  it('shows the centre’s message in place when it refuses a new item', async () => {
    await signInAs('caseworker');
    const add = forSite(addStockItemMutation, 'bossaso');
    // The form's idempotency key is its own: match the rest of the input.
    const input = (v: { input: Record<string, unknown> }) => v.input['name'] === 'Blanket' && v.input['category'] === 'NFI' && v.input['unit'] === 'piece' && v.input['lowStockThreshold'] === 10;
    const invalid = refusal('BAD_USER_INPUT', 'Invalid input. input.name: is already a stock item of this centre', { fields: [{ field: 'input.name', message: 'is already a stock item of this centre' }] });
    renderWith([{ request: stockRequest, result: stock([]) }, { request: movementsRequest(), result: movements([]) }, { request: { query: add, variables: input }, result: invalid }], <StockPage site="bossaso" />);
    const form = await screen.findByRole('form', { name: 'Add a stock item' });
    const user = userEvent.setup();
    await user.type(within(form).getByRole('textbox', { name: /Item name/ }), 'Blanket');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Category/ }), 'NFI');
    await user.type(within(form).getByRole('textbox', { name: /Unit counted/ }), 'piece');
    await user.type(within(form).getByRole('textbox', { name: /Re-order at/ }), '10');
    await user.click(within(form).getByRole('button', { name: 'Add the item' }));
    expect(await within(form).findByText('The centre says: is already a stock item of this centre.')).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: /Item name/ }).getAttribute('aria-invalid')).toBe('true');
  });
});
