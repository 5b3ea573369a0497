import { parse, type DocumentNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';

/** SDL every subgraph serves alongside its own (the audit log types, resolved by `auditResolvers`). */
const SHARED_SCHEMA = new URL('../../schema/', import.meta.url);

function sdlFiles(folder: URL): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(new URL(f, folder), 'utf8'));
}

/**
 * Reads a subgraph's SDL from its `schema/` folder (one file per service area, in name order) plus
 * the platform's shared SDL, parsed as one document (areas add fields with `extend type`).
 */
export function readSchemaFolder(folder: URL): DocumentNode {
  return parse([...sdlFiles(folder), ...sdlFiles(SHARED_SCHEMA)].join('\n'));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Merges resolver maps type by type, so service areas can each contribute fields to one type. */
export function mergeResolvers(...maps: Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      if (existing === undefined) {
        merged[type] = fields;
        continue;
      }
      if (!isPlainObject(existing) || !isPlainObject(fields)) throw new Error(`${type} is defined twice`);
      for (const field of Object.keys(fields)) if (field in existing) throw new Error(`Two resolvers for ${type}.${field}`);
      merged[type] = { ...existing, ...fields };
    }
  }
  return merged;
}
