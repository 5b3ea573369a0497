import { GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { injectStyles, ToastProvider } from '@mpa/ui';
import { StrictMode } from 'react';
import { DashboardPage } from './dashboard-page.component.js';

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  injectStyles();
  return (
    <StrictMode>
      <GraphQLProvider {...(client === undefined ? {} : { client })}>
        <ToastProvider>
          {/* The style guide's scope for every page and state of the section. */}
          <div className="mpa-ui">
            <DashboardPage />
          </div>
        </ToastProvider>
      </GraphQLProvider>
    </StrictMode>
  );
}
