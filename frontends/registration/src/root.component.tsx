import { GraphQLProvider, useActiveSite, type ApolloClient } from '@mpa/graphql';
import { EmptyState, Page, SectionShell } from '@mpa/ui';
import { CaseView } from './case/case-view.component.js';
import { FindMigrant } from './find/find-migrant.component.js';
import { useRegistrationMessages } from './messages.js';
import { RegisterMigrant } from './register/register-migrant.component.js';
import { useRoute } from './routes.js';

/**
 * The section's pages by address: find (`/registration`), register (`/new`), a case
 * (`/migrants/<id>`), at the active centre (a cross-site user's switch re-renders them).
 */
export function RegistrationSection() {
  const t = useRegistrationMessages();
  const site = useActiveSite();
  const route = useRoute();
  if (route.page === 'case') return <CaseView key={route.id} id={route.id} />;
  if (site === null) {
    return (
      <Page title={t.findHeading}>
        <EmptyState>{t.noSite}</EmptyState>
      </Page>
    );
  }
  if (route.page === 'register') return <RegisterMigrant site={site} />;
  return <FindMigrant site={site} query={route.query} />;
}

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  return (
    <GraphQLProvider {...(client === undefined ? {} : { client })}>
      <SectionShell>
        <RegistrationSection />
      </SectionShell>
    </GraphQLProvider>
  );
}
