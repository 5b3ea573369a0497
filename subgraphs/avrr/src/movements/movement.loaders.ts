import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AvrCase, type AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import { Movement, type MovementRecord } from './movement.entity.js';

export interface MovementLoaders {
  movementById: DataLoader<string, MovementRecord | null>;
  /** Each movement's manifest, by case number; one query for every movement of a request. */
  casesByMovement: DataLoader<string, AvrCaseRecord[]>;
}

export function createMovementLoaders(em: EntityManager): MovementLoaders {
  return {
    movementById: new DataLoader(async (ids) => {
      const rows = await em.find(Movement, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    casesByMovement: new DataLoader(async (ids) => {
      const rows = await em.find(AvrCase, { movementId: { $in: [...ids] } }, { orderBy: { caseNumber: 'asc' } });
      const byMovement = new Map<string, AvrCaseRecord[]>();
      for (const row of rows) byMovement.set(row.movementId!, [...(byMovement.get(row.movementId!) ?? []), row]);
      return ids.map((id) => byMovement.get(id) ?? []);
    }),
  };
}
