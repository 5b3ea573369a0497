import { activeSite, GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { EmptyState, Page, routeClick, SectionShell } from '@mpa/ui';
import { useAssistanceMessages } from './messages.js';
import { MigrantAssistance } from './migrants/migrant-assistance.component.js';
import { MigrantPicker } from './migrants/migrant-picker.component.js';
import { paths, useRoute, type Route } from './routes.js';
import { StockPage } from './stock/stock-page.component.js';

/** The section's two pages, serving a migrant and the centre's stock, one link each. */
function SectionNavigation({ route }: { route: Route }) {
  const t = useAssistanceMessages();
  const link = (to: string, pages: Route['page'][], label: string) => (
    <li>
      {/* The portal header styles every `nav a` white: these links keep the page's text colour. */}
      <a href={to} style={{ color: 'inherit' }} aria-current={pages.includes(route.page) ? 'page' : undefined} onClick={(event) => routeClick(event, to)}>
        {label}
      </a>
    </li>
  );
  return (
    <nav aria-label={t.sectionNavigation}>
      <ul style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0 }}>
        {link(paths.find(), ['find', 'migrant'], t.migrantsLink)}
        {link(paths.stock(), ['stock'], t.stockLink)}
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
  return (
    <GraphQLProvider {...(client === undefined ? {} : { client })}>
      <SectionShell>
        <AssistanceSection />
      </SectionShell>
    </GraphQLProvider>
  );
}
