import { activeSite, GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { EmptyState, injectStyles, Link, Page, ToastProvider } from '@mpa/ui';
import { StrictMode } from 'react';
import { useAssistanceMessages } from './messages.js';
import { MigrantAssistance } from './migrants/migrant-assistance.component.js';
import { MigrantPicker } from './migrants/migrant-picker.component.js';
import { paths, useRoute, type Route } from './routes.js';
import { StockPage } from './stock/stock-page.component.js';

/** The section's two pages, serving a migrant and the centre's stock, one link each. */
function SectionNavigation({ route }: { route: Route }) {
  const t = useAssistanceMessages();
  const current = (page: Route['page'][]) => (page.includes(route.page) ? 'page' : undefined);
  return (
    <nav aria-label={t.sectionNavigation}>
      <ul style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0 }}>
        <li aria-current={current(['find', 'migrant'])}>
          <Link to={paths.find()}>{t.migrantsLink}</Link>
        </li>
        <li aria-current={current(['stock'])}>
          <Link to={paths.stock()}>{t.stockLink}</Link>
        </li>
      </ul>
    </nav>
  );
}

/** The section's pages by address: find a migrant (`/assistance`), their assistance (`/migrants/<id>`), the stock (`/stock`). */
export function AssistanceSection({ site = activeSite() }: { site?: string | null }) {
  const t = useAssistanceMessages();
  const route = useRoute();
  if (site === null) {
    return (
      <Page title={t.heading}>
        <EmptyState>{t.noSite}</EmptyState>
      </Page>
    );
  }
  return (
    <>
      <SectionNavigation route={route} />
      {route.page === 'stock' ? (
        <StockPage site={site} />
      ) : route.page === 'migrant' ? (
        <MigrantAssistance key={route.id} site={site} id={route.id} />
      ) : (
        <MigrantPicker site={site} query={route.query} />
      )}
    </>
  );
}

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  injectStyles();
  return (
    <StrictMode>
      <GraphQLProvider {...(client === undefined ? {} : { client })}>
        <ToastProvider>
          {/* The style guide's scope for every page and state of the section. */}
          <div className="mpa-ui">
            <AssistanceSection />
          </div>
        </ToastProvider>
      </GraphQLProvider>
    </StrictMode>
  );
}
