import { activeSite, GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { EmptyState, Link, Page, SectionShell } from '@mpa/ui';
import { type ReactNode } from 'react';
import { OpenProtectionCase } from './cases/open-protection-case.component.js';
import { ProtectionCaseList } from './cases/protection-case-list.component.js';
import { SectionHome } from './home/section-home.component.js';
import { useProtectionMessages } from './messages.js';
import { FindMigrant } from './migrant/find-migrant.component.js';
import { MigrantFile } from './migrant/migrant-file.component.js';
import { GroupActivities } from './psychosocial/group-activities.component.js';
import { RecordGroupActivity } from './psychosocial/record-group-activity.component.js';
import { CentreReferrals } from './referrals/centre-referrals.component.js';
import { PartnerDirectory } from './referrals/partner-directory.component.js';
import { RequestReferral } from './referrals/request-referral.component.js';
import { paths, useRoute, type Route } from './routes.js';
import { currentAccess, type Access } from './shared/access.js';

/** The section's areas the user's scopes open, as links. */
function SectionNav({ access }: { access: Access }) {
  const t = useProtectionMessages();
  const links: [string, string][] = [
    ...(access.protection ? ([[paths.cases('UAM'), t.nav.uam], [paths.cases('VOT'), t.nav.vot]] as [string, string][]) : []),
    ...(access.mhpss ? ([[paths.psychosocial(), t.nav.psychosocial]] as [string, string][]) : []),
    ...(access.referrals ? ([[paths.referrals(), t.nav.referrals], [paths.partners(), t.nav.partners]] as [string, string][]) : []),
    [paths.find(), t.nav.find],
  ];
  return (
    <nav aria-label={t.nav.label}>
      <ul>
        <li><Link to={paths.home()}>{t.nav.home}</Link></li>
        {links.map(([to, label]) => (
          <li key={to}><Link to={to}>{label}</Link></li>
        ))}
      </ul>
    </nav>
  );
}

/** The page a route opens, or why this user cannot use it. */
function RoutePage({ route, site, access }: { route: Route; site: string | null; access: Access }): ReactNode {
  const t = useProtectionMessages();
  if (route.page === 'home') return <SectionHome access={access} />;
  if (route.page === 'migrant') return <MigrantFile key={route.id} id={route.id} access={access} />;
  if (site === null) {
    return (
      <Page title={t.heading}>
        <EmptyState>{t.noSite}</EmptyState>
      </Page>
    );
  }
  const refused = (reason: string) => (
    <Page title={t.heading}>
      <EmptyState>{reason}</EmptyState>
    </Page>
  );
  switch (route.page) {
    case 'cases':
      return access.protection ? <ProtectionCaseList key={route.kind} site={site} kind={route.kind} canWrite={access.protectionWrite} /> : refused(t.scopes.protection);
    case 'open-case':
      return access.protectionWrite ? <OpenProtectionCase key={route.kind} site={site} kind={route.kind} migrantId={route.migrant} /> : refused(t.scopes.protectionWrite);
    case 'find':
      return <FindMigrant site={site} />;
    case 'psychosocial':
      return access.mhpss ? <GroupActivities site={site} canWrite={access.mhpssWrite} /> : refused(t.scopes.mhpss);
    case 'record-activity':
      return access.mhpssWrite ? <RecordGroupActivity site={site} /> : refused(t.scopes.mhpssWrite);
    case 'referrals':
      return access.referrals ? <CentreReferrals key={route.status ?? ''} site={site} status={route.status} /> : refused(t.scopes.referrals);
    case 'request-referral':
      return access.referrals ? <RequestReferral site={site} migrantId={route.migrant} canOverride={access.consentOverride} /> : refused(t.scopes.referrals);
    case 'partners':
      return access.referrals ? <PartnerDirectory site={site} /> : refused(t.scopes.referrals);
  }
}

/** The section's pages by address, for the signed-in user's centre and scopes. */
export function ProtectionSection({ site = activeSite(), access = currentAccess() }: { site?: string | null; access?: Access }) {
  const route = useRoute();
  return (
    <>
      <SectionNav access={access} />
      <RoutePage route={route} site={site} access={access} />
    </>
  );
}

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  return (
    <GraphQLProvider {...(client === undefined ? {} : { client })}>
      <SectionShell>
        <ProtectionSection />
      </SectionShell>
    </GraphQLProvider>
  );
}
