import { getSession } from '@mpa/auth';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import { forSite } from './site-document.js';

/** The site the signed-in user works at, or null for a cross-site user. */
export function activeSite(): string | null {
  return getSession()?.user.site ?? null;
}

/**
 * `useMutation` for a document written for `site: bossaso { … }`, sent to the active site's
 * namespace (or to `options.site`, for a cross-site user who chose one).
 */
export function useSiteMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: useMutation.Options<NoInfer<TData>, NoInfer<TVariables>> & { site?: string } = {},
): useMutation.ResultTuple<TData, TVariables> {
  const { site = activeSite(), ...rest } = options;
  if (site === null) throw new Error('No active site: a cross-site user chooses one first');
  const siteDocument = useMemo(() => forSite(document, site), [document, site]);
  // The options are useMutation's own; only Apollo's overloads cannot follow the generics through.
  return useMutation(siteDocument, rest as never) as unknown as useMutation.ResultTuple<TData, TVariables>;
}
