import { GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { StrictMode } from 'react';
import { CentresPage } from './centres/centres-page.component.js';

/**
 * The page's one GraphQL client (and so one cache, shared with every micro-frontend) unless a
 * test gives its own: coming back to the section shows what was already fetched at once.
 */
export function Root({ client, today }: { client?: ApolloClient; today?: Date }) {
  return (
    <StrictMode>
      <GraphQLProvider {...(client === undefined ? {} : { client })}>
        <CentresPage {...(today === undefined ? {} : { today })} />
      </GraphQLProvider>
    </StrictMode>
  );
}
