import { GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { SectionShell } from '@mpa/ui';
import { DashboardPage } from './dashboard-page.component.js';

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  return (
    <GraphQLProvider {...(client === undefined ? {} : { client })}>
      <SectionShell>
        <DashboardPage />
      </SectionShell>
    </GraphQLProvider>
  );
}
