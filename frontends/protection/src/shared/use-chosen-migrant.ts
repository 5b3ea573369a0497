import { skipToken, useQuery } from '@mpa/graphql';
import { useEffect, useState } from 'react';
import { migrantSummaryQuery } from '../documents/migrants.documents.js';
import type { ChosenMigrant } from './migrant-picker.component.js';

/**
 * The migrant a form is about: the one named in the address (`?migrant=`, from their file),
 * loaded once, or the one chosen with the picker.
 */
export function useChosenMigrant(migrantId: string | null) {
  const [chosen, setChosen] = useState<ChosenMigrant | null>(null);
  const { data } = useQuery(migrantSummaryQuery, migrantId === null ? skipToken : { variables: { id: migrantId } });
  const named = data?.migrant ?? null;
  useEffect(() => {
    if (named !== null) setChosen(named);
  }, [named]);
  return [chosen, setChosen] as const;
}
