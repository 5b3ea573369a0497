import { format } from '@mpa/i18n';
import { DataTable, Link, StatusBadge, useLanguage, type Column } from '@mpa/ui';
import type { ReferralFieldsFragment } from '../__generated__/graphql.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { ReferralActions } from './referral-actions.component.js';
import { statusTone } from './referral-lifecycle.js';

/** Referrals with where each stands and the moves it allows. */
export function ReferralTable({ caption, referrals, site, busy, showMigrant }: {
  caption: string;
  referrals: readonly ReferralFieldsFragment[];
  site: string;
  busy: boolean;
  /** Off on a migrant's own file. */
  showMigrant: boolean;
}) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const c = t.referrals.columns;
  const columns: Column<ReferralFieldsFragment>[] = [
    ...(showMigrant
      ? [{ header: c.migrant, rowHeader: true, cell: (r: ReferralFieldsFragment) => <Link to={paths.migrant(r.migrant.id)}>{`${r.migrant.fullName} (${r.migrant.registrationNumber})`}</Link> }]
      : []),
    { header: c.partner, rowHeader: !showMigrant, cell: (r) => r.partner.name },
    { header: c.service, cell: (r) => t.need[r.service] },
    {
      header: c.status,
      cell: (r) => (
        <>
          <StatusBadge tone={statusTone(r.status)}>{t.referralStatus[r.status]}</StatusBadge>
          {r.consentOverridden && <> <StatusBadge tone="danger">{t.referrals.overridden}</StatusBadge></>}
          {r.statusReason !== null && <span className="hint"> {r.statusReason}</span>}
        </>
      ),
    },
    { header: c.requestedAt, cell: (r) => format.date(r.requestedAt.slice(0, 10), language) },
    { header: c.actions, cell: (r) => <ReferralActions referral={r} site={site} /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={referrals} rowKey={(r) => r.id} busy={busy} />;
}
