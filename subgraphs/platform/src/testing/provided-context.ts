import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server this test run uses (embedded unless DATABASE_URL is set). */
    pgServerUrl: string;
  }
}
