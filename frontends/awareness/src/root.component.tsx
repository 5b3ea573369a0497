import { activeSite, GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { EmptyState, Page, SectionShell } from '@mpa/ui';
import { useAwarenessMessages } from './messages.js';
import { useRoute } from './routes.js';
import { RecordSession } from './sessions/record-session.component.js';
import { SessionHistory } from './sessions/session-history.component.js';

/** The section's pages by address: the sessions (`/awareness`), recording one held (`/new`), planning one (`/plan`). */
export function AwarenessSection({ site = activeSite() }: { site?: string | null }) {
  const t = useAwarenessMessages();
  const route = useRoute();
  if (site === null) {
    return (
      <Page title={t.heading}>
        <EmptyState>{t.noSite}</EmptyState>
      </Page>
    );
  }
  if (route.page === 'record') return <RecordSession />;
  if (route.page === 'plan') return <RecordSession key="plan" mode="plan" />;
  return <SessionHistory site={site} filters={route.filters} />;
}

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  return (
    <GraphQLProvider {...(client === undefined ? {} : { client })}>
      <SectionShell>
        <AwarenessSection />
      </SectionShell>
    </GraphQLProvider>
  );
}
