import { forbidden, globalId, requireSiteScope, Scope, canReachSite } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import type { SiteContext } from '../context.js';
import { serviceProvider } from './service-delivery.js';
import { addStockItem, distributeItems, listStock, listStockMovements, receiveStock, updateStockItem } from './stock.js';

/** Stock levels are aggregates: readable with cases:read or stats:read of the centre. */
function requireStockRead(ctx: SiteContext): void {
  if (!canReachSite(ctx.viewer, ctx.site.code)) throw forbidden(`Records of ${ctx.site.code} are not visible to ${ctx.viewer.site} staff.`);
  if (!ctx.viewer.scopes.has(Scope.CasesRead) && !ctx.viewer.scopes.has(Scope.StatsRead)) throw forbidden('This needs the cases:read or stats:read scope.');
}

export const stockResolvers: Resolvers = {
  SiteCentre: {
    stock: (_centre, _args, ctx) => {
      requireStockRead(ctx);
      return listStock(ctx.em);
    },
    stockMovements: (_centre, args, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return listStockMovements(ctx.em, ctx.site, args);
    },
  },
  SiteMigrant: {
    distributions: (migrant, { first, after }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesRead);
      return ctx.services.distributionsByMigrant.load({ parentId: migrant.id, first, after });
    },
  },
  StockItem: {
    id: (item, _args, ctx) => globalId(ctx.site.code, item.id),
    level: (item) => item.balance,
    isLow: (item) => item.balance <= item.lowStockThreshold,
  },
  StockMovement: {
    id: (m, _args, ctx) => globalId(ctx.site.code, m.id),
    item: async (m, _args, ctx) => (await ctx.services.stockItemById.load(m.itemId))!,
    migrant: (m, _args, ctx) => (m.migrantId ? ctx.loaders.migrantById.load(m.migrantId) : null),
    recordedBy: (m) => serviceProvider(m),
  },
  Distribution: {
    id: (d, _args, ctx) => globalId(ctx.site.code, d.id),
    migrant: (d, _args, ctx) => ctx.loaders.migrantById.load(d.migrantId),
    items: async (d, _args, ctx) => (await ctx.services.linesByDistribution.load(d.id)).map((line) => ({ itemId: line.itemId, quantity: line.quantity })),
    deliveredBy: (d) => serviceProvider(d),
  },
  DistributedItem: {
    item: async (line, _args, ctx) => (await ctx.services.stockItemById.load(line.itemId))!,
  },
  SiteMutations: {
    addStockItem: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return addStockItem(ctx.em, ctx.site, ctx.viewer, input);
    },
    updateStockItem: (_ns, { id, expectedVersion, input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return updateStockItem(ctx.em, ctx.site, ctx.viewer, id, expectedVersion, input);
    },
    receiveStock: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return receiveStock(ctx.em, ctx.site, ctx.viewer, input);
    },
    distributeItems: (_ns, { input }, ctx) => {
      requireSiteScope(ctx.viewer, ctx.site.code, Scope.CasesWrite);
      return distributeItems(ctx.em, ctx.site, ctx.viewer, input);
    },
  },
};
