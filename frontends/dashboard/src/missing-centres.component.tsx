import { graphQLErrorsOf, unavailableReason } from '@mpa/graphql';
import { localeOf } from '@mpa/i18n';
import { useLanguage } from '@mpa/ui';
import { useDashboardMessages } from './messages.js';

/** A centre the answer has no figures for. */
export interface MissingCentre {
  code: string;
  name: string;
  /** Where its figures would have been, to find the error about them. */
  path: readonly (string | number)[];
}

/**
 * When the gateway first failed to reach the centre since it last answered
 * (`extensions.unavailableSince` of its SUBGRAPH_UNAVAILABLE error), if it said.
 */
export function unavailableSince(error: unknown, centre: string): Date | undefined {
  const since = graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE' && e.extensions['serviceName'] === centre)?.extensions?.['unavailableSince'];
  return typeof since === 'string' && !Number.isNaN(Date.parse(since)) ? new Date(since) : undefined;
}

/** Says which centres are left out of the figures, why, and since when. */
export function MissingCentres({ missing, error, onRetry }: { missing: readonly MissingCentre[]; error: unknown; onRetry: () => void }) {
  const t = useDashboardMessages();
  const language = useLanguage();
  if (missing.length === 0) return null;
  const when = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  const sentence = (centre: MissingCentre) => {
    if (unavailableReason(error, centre.path) === 'not-visible') return t.notVisible(centre.name);
    const since = unavailableSince(error, centre.code);
    return since === undefined ? t.unreachable(centre.name) : t.unreachableSince(centre.name, when.format(since));
  };
  return (
    <div className="alert" role="alert">
      <p><strong>{t.missingHeading}</strong></p>
      <ul>
        {missing.map((centre) => <li key={centre.code} className="unreachable">{sentence(centre)}</li>)}
      </ul>
      <p className="hint">{t.missingHint}</p>
      <button type="button" onClick={onRetry}>{t.tryAgain}</button>
    </div>
  );
}
