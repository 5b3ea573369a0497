import type { ReactNode } from 'react';
import { uiCatalogue, useMessages } from './use-messages.js';

/** While something loads: announced politely to screen readers. */
export function LoadingState({ children }: { children?: ReactNode }) {
  const t = useMessages(uiCatalogue);
  return <p role="status">{children ?? t.loading}</p>;
}

/** Nothing to show yet (no migrants, no results): says so plainly, with what to do next. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <p>{children}</p>
      {action}
    </div>
  );
}

interface GraphQLErrorLike {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * The sites the gateway said it could not reach (`extensions.code` SUBGRAPH_UNAVAILABLE, the site
 * in `extensions.serviceName`), read from any error carrying GraphQL errors (Apollo's
 * CombinedGraphQLErrors) or from a plain list of them.
 */
export function unreachableServices(error: unknown): string[] {
  const errors = Array.isArray(error) ? error : (error as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  const names = (errors as GraphQLErrorLike[])
    .filter((e) => e.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE' && typeof e.extensions['serviceName'] === 'string')
    .map((e) => e.extensions?.['serviceName'] as string);
  return [...new Set(names)];
}

const centreName = (service: string) => `${service.charAt(0).toUpperCase()}${service.slice(1)}`;

/**
 * Something could not be loaded. Names the centres that cannot be reached when the gateway says
 * so (the rest of the portal works), and offers to try again.
 */
export function ErrorState({ error, children, onRetry, nameOf = centreName }: {
  error?: unknown;
  /** What failed, in the page's words; default: a generic sentence. */
  children?: ReactNode;
  onRetry?: () => void;
  /** A centre's display name from its service name (default: `bossaso` → `Bossaso`). */
  nameOf?: (serviceName: string) => string;
}) {
  const t = useMessages(uiCatalogue);
  const unreachable = unreachableServices(error).map(nameOf);
  return (
    <div className="alert" role="alert">
      <p>{children ?? t.failed}</p>
      {unreachable.length > 0 && (
        <>
          <p className="unreachable">{t.unreachable(t.list(unreachable))}</p>
          <p className="hint">{t.unreachableHint}</p>
        </>
      )}
      {onRetry !== undefined && <button type="button" onClick={onRetry}>{t.tryAgain}</button>}
    </div>
  );
}
