import { Page } from '@mpa/ui';
import { useState } from 'react';
import { useCentresMessages } from '../messages.js';
import { CentreList, type Period, type SelectedCentre } from './centre-list.component.js';
import { CentreMigrants } from './centre-migrants.component.js';

/** The period the caseload figures cover: this calendar year up to today. */
export function yearToDate(today: Date): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`, year };
}

export function CentresPage({ today = new Date() }: { today?: Date }) {
  const t = useCentresMessages();
  const [period] = useState(() => yearToDate(today));
  const [selected, setSelected] = useState<SelectedCentre>();
  return (
    <Page title={t.centresHeading}>
      <CentreList period={period} selected={selected?.code} onSelect={setSelected} />
      {/* Keyed by centre: another centre starts again on its first page. */}
      {selected !== undefined && <CentreMigrants key={selected.code} centre={selected} />}
    </Page>
  );
}
