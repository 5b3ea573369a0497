import { Link, Page } from '@mpa/ui';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import type { Access } from '../shared/access.js';

/**
 * The section's front page: the areas this user may open, and those their role does not
 * include, with why (the records are confidential to the roles that work on them).
 */
export function SectionHome({ access }: { access: Access }) {
  const t = useProtectionMessages();
  const areas: { shown: boolean; heading: string; text: string; links: [string, string][]; hidden: string }[] = [
    { shown: access.protection, heading: t.home.protectionHeading, text: t.home.protectionText, links: [[paths.cases('UAM'), t.nav.uam], [paths.cases('VOT'), t.nav.vot]], hidden: t.scopes.protection },
    { shown: access.mhpss, heading: t.home.mhpssHeading, text: t.home.mhpssText, links: [[paths.psychosocial(), t.nav.psychosocial]], hidden: t.scopes.mhpss },
    { shown: access.referrals, heading: t.home.referralsHeading, text: t.home.referralsText, links: [[paths.referrals(), t.nav.referrals], [paths.partners(), t.nav.partners]], hidden: t.scopes.referrals },
  ];
  return (
    <Page title={t.heading} description={t.home.intro}>
      {areas.map((area) => (
        <section key={area.heading} aria-label={area.heading}>
          <h3>{area.heading}</h3>
          {area.shown ? (
            <>
              <p>{area.text}</p>
              <ul>
                {area.links.map(([to, label]) => (
                  <li key={to}><Link to={to}>{label}</Link></li>
                ))}
              </ul>
            </>
          ) : (
            <p className="hint">{area.hidden}</p>
          )}
        </section>
      ))}
    </Page>
  );
}
