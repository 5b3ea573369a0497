import type { Client } from './load.js';
import type { Samples } from './operations.js';

/**
 * Migrants of the one-site centre spread over every year of data (old and recent case files),
 * its stock items, topped up with a large consignment so the distribution runs never run short.
 */
export async function readSamples(client: Client, url: string, token: string, at: { site: string; sites: string[]; years: number }): Promise<Samples> {
  const last = new Date().getUTCFullYear();
  // Every calendar year the seeded span touches.
  const first = new Date(Date.now() - at.years * 365.25 * 86_400_000).getUTCFullYear();
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const migrantIds: string[] = [];
  for (const year of years) {
    const data = await client.post(url, token, {
      operationName: 'Sample',
      query: 'query Sample($code: ID!, $from: Date, $to: Date) { centre(code: $code) { migrants(first: 100, filter: { registeredFrom: $from, registeredTo: $to }) { edges { node { id } } } } }',
      variables: { code: at.site, from: `${year}-01-01`, to: `${year}-12-31` },
    }) as { centre: { migrants: { edges: { node: { id: string } }[] } } };
    migrantIds.push(...data.centre.migrants.edges.map((e) => e.node.id));
  }
  const stock = await client.post(url, token, {
    operationName: 'Stock', query: 'query Stock($code: ID!) { centre(code: $code) { stock { id name } } }', variables: { code: at.site },
  }) as { centre: { stock: { id: string }[] } };
  const stockItemIds = stock.centre.stock.map((s) => s.id);
  for (const itemId of stockItemIds) {
    await client.post(url, token, {
      operationName: 'TopUp',
      query: `mutation TopUp($input: ReceiveStockInput!) { ${at.site} { receiveStock(input: $input) { created } } }`,
      variables: { input: { itemId, quantity: 100_000, source: 'Benchmark consignment' } },
    });
  }
  return { sites: at.sites, site: at.site, migrantIds, stockItemIds, years };
}
