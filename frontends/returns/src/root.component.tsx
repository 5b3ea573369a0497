import { GraphQLProvider, useActiveSite, type ApolloClient } from '@mpa/graphql';
import { LoadingState, Page, SectionShell } from '@mpa/ui';
import { lazy, Suspense } from 'react';
import { Board } from './board/board.component.js';
import { useReturnsMessages } from './messages.js';
import { injectReturnsStyles } from './returns-styles.js';
import { useRoute } from './routes.js';
import { returnsViewer, type ReturnsViewer } from './viewer.js';

// The board comes with the section; the other pages load when first opened (slow connections).
const CaseView = lazy(() => import('./case/case-view.component.js').then((m) => ({ default: m.CaseView })));
const MovementList = lazy(() => import('./movements/movement-list.component.js').then((m) => ({ default: m.MovementList })));
const MovementView = lazy(() => import('./movements/movement-view.component.js').then((m) => ({ default: m.MovementView })));
const PlanMovement = lazy(() => import('./movements/plan-movement.component.js').then((m) => ({ default: m.PlanMovement })));
const OpenCase = lazy(() => import('./open/open-case.component.js').then((m) => ({ default: m.OpenCase })));

/** The section's pages by address; changing pages are for avr:write holders only (others get the board). */
export function ReturnsSection({ viewer = returnsViewer() }: { viewer?: ReturnsViewer }) {
  const t = useReturnsMessages();
  return (
    <Suspense fallback={<LoadingState>{t.loadingPage}</LoadingState>}>
      <ReturnsPage viewer={viewer} />
    </Suspense>
  );
}

function ReturnsPage({ viewer }: { viewer: ReturnsViewer }) {
  const t = useReturnsMessages();
  const route = useRoute();
  const activeSite = useActiveSite();
  switch (route.page) {
    case 'case':
      return <CaseView key={route.id} id={route.id} viewer={viewer} />;
    case 'movement':
      return <MovementView key={route.id} id={route.id} viewer={viewer} />;
    case 'movements':
      return <MovementList viewer={viewer} />;
    case 'open':
    case 'plan-movement':
      if (!viewer.canWrite) {
        return (
          <Page title={t.heading}>
            <p role="alert" className="alert">{t.readOnly}</p>
          </Page>
        );
      }
      return route.page === 'open' ? <OpenCase /> : <PlanMovement />;
    case 'board':
      return <Board filters={route.filters} viewer={viewer} activeSite={activeSite} />;
  }
}

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  injectReturnsStyles();
  return (
    <GraphQLProvider {...(client === undefined ? {} : { client })}>
      <SectionShell>
        <ReturnsSection />
      </SectionShell>
    </GraphQLProvider>
  );
}
