import { globalId } from '@mpa/platform';
import type { Resolvers } from '../__generated__/resolvers.js';
import { caseDetail } from '../case-details.js';
import { moneyOf } from './money.js';
import { recordAvrSupport } from './record-support.js';

/** Administrative, logistical and financial support per case. */
export const supportResolvers: Resolvers = {
  Mutation: {
    recordAvrSupport: (_root, { caseId, input }, ctx) => recordAvrSupport(ctx.em, ctx.viewer, caseId, input),
  },
  AvrCase: {
    support: (avrCase, _args, ctx) => ctx.loaders.supportByCase.load(avrCase.id),
  },
  AvrSupport: {
    id: (s) => globalId('avrr', s.id),
    money: (s) => moneyOf(s),
    description: (s, _args, ctx) => caseDetail(ctx.viewer, s.description),
    documentNumber: (s, _args, ctx) => caseDetail(ctx.viewer, s.documentNumber),
    transportMode: (s, _args, ctx) => caseDetail(ctx.viewer, s.transportMode),
  },
};
