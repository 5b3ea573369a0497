import type { AssistanceNeed } from '../__generated__/graphql.js';

/** The services this section refers for: shelter, and health care (`MEDICAL`). */
export const assistanceServices = ['SHELTER', 'MEDICAL'] as const satisfies readonly AssistanceNeed[];
export type AssistanceService = (typeof assistanceServices)[number];

export const isAssistanceService = (service: AssistanceNeed): service is AssistanceService => (assistanceServices as readonly AssistanceNeed[]).includes(service);
