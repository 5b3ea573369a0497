import { getActiveSite, onActiveSiteChange } from '@mpa/auth';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useMemo, useSyncExternalStore } from 'react';
import { forSite } from './site-document.js';

/**
 * The centre the portal works on: a site user's own, or the one a cross-site user chose in the
 * header (null: every centre). Read once; components use `useActiveSite`.
 */
export function activeSite(): string | null {
  return getActiveSite();
}

/** The active centre, re-rendering the component whenever a cross-site user switches it. */
export function useActiveSite(): string | null {
  return useSyncExternalStore(onActiveSiteChange, getActiveSite, getActiveSite);
}

/**
 * `useMutation` for a document written for `site: bossaso { … }`, sent to the active site's
 * namespace (or to `options.site`), following the header's switch.
 */
export function useSiteMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: useMutation.Options<NoInfer<TData>, NoInfer<TVariables>> & { site?: string } = {},
): useMutation.ResultTuple<TData, TVariables> {
  const active = useActiveSite();
  const { site = active, ...rest } = options;
  if (site === null) throw new Error('No active site: a cross-site user chooses one first');
  const siteDocument = useMemo(() => forSite(document, site), [document, site]);
  // The options are useMutation's own; only Apollo's overloads cannot follow the generics through.
  return useMutation(siteDocument, rest as never) as unknown as useMutation.ResultTuple<TData, TVariables>;
}
