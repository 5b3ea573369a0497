import { navigate, Page } from '@mpa/ui';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { MigrantPicker } from '../shared/migrant-picker.component.js';

/** Opens a migrant's protection file: found with the centre's search. */
export function FindMigrant({ site }: { site: string }) {
  const t = useProtectionMessages();
  return (
    <Page title={t.find.heading} description={t.find.hint} focusOnMount>
      <MigrantPicker site={site} label={t.find.label} chosen={null} onChoose={(migrant) => migrant !== null && navigate(paths.migrant(migrant.id))} />
    </Page>
  );
}
