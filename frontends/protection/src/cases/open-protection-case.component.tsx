import { useSiteMutation } from '@mpa/graphql';
import { Link, navigate, Page, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { ProtectionCaseKind } from '../__generated__/graphql.js';
import { openTraffickingCaseMutation, openUamCaseMutation } from '../documents/protection-cases.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { ConfidentialNotice } from '../shared/confidential-notice.component.js';
import { MigrantPicker } from '../shared/migrant-picker.component.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { isoDay } from '../shared/today.js';
import { useChosenMigrant } from '../shared/use-chosen-migrant.js';
import { TraffickingCaseFields } from './trafficking-case-fields.component.js';
import { emptyTraffickingCase, openTraffickingCaseInput, validateTraffickingCase, type TraffickingCaseForm } from './trafficking-case.helpers.js';
import { UamCaseFields } from './uam-case-fields.component.js';
import { emptyUamCase, openUamCaseInput, validateUamCase, type UamCaseForm } from './uam-case.helpers.js';

interface Props {
  site: string;
  kind: ProtectionCaseKind;
  migrantId: string | null;
  today?: Date;
  newKey?: () => string;
}

/** Opens a UAM case for a child, or records a trafficking screening (which opens the VoT case). */
export function OpenProtectionCase(props: Props) {
  return props.kind === 'UAM' ? <OpenUamCase {...props} /> : <OpenTraffickingCase {...props} />;
}

function OpenUamCase({ site, migrantId, today = new Date(), newKey = () => crypto.randomUUID() }: Props) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<UamCaseForm>(() => emptyUamCase(day));
  const [migrant, setMigrant] = useChosenMigrant(migrantId);
  // One key per case: a retry after a lost answer never opens a second one.
  const [idempotencyKey] = useState(newKey);
  const [open, { loading }] = useSiteMutation(openUamCaseMutation, { site });
  const submission = useSubmission(
    (f: UamCaseForm) => ({ ...validateUamCase(f, day, t), ...(migrant === null ? { migrantId: t.errors.chooseMigrant } : {}) }),
    async (f) => {
      const { data } = await open({ variables: { input: openUamCaseInput(f, migrant!.id, idempotencyKey) } });
      const opened = data?.site.openUamCase.uamCase;
      if (opened === undefined) throw new Error('no case in the answer');
      toast.show(t.uam.opened(migrant!.fullName));
      navigate(paths.migrant(opened.migrant?.id ?? migrant!.id));
    },
  );
  return (
    <Page title={t.uam.openHeading} description={t.uam.openHint} focusOnMount>
      <ConfidentialNotice />
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.uam.open} cancel={<Link to={paths.cases('UAM')}>{t.cancel}</Link>}>
        <MigrantPicker site={site} label={t.uam.child} chosen={migrant} onChoose={setMigrant} error={submission.errorOf('migrantId')} />
        <UamCaseFields form={form} onChange={setForm} errorOf={submission.errorOf} today={day} opening />
      </RecordForm>
    </Page>
  );
}

function OpenTraffickingCase({ site, migrantId, today = new Date(), newKey = () => crypto.randomUUID() }: Props) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<TraffickingCaseForm>(() => emptyTraffickingCase(day));
  const [migrant, setMigrant] = useChosenMigrant(migrantId);
  const [idempotencyKey] = useState(newKey);
  const [open, { loading }] = useSiteMutation(openTraffickingCaseMutation, { site });
  const submission = useSubmission(
    (f: TraffickingCaseForm) => ({ ...validateTraffickingCase(f, day, t), ...(migrant === null ? { migrantId: t.errors.chooseMigrant } : {}) }),
    async (f) => {
      const { data } = await open({ variables: { input: openTraffickingCaseInput(f, migrant!.id, idempotencyKey) } });
      const opened = data?.site.openTraffickingCase.traffickingCase;
      if (opened === undefined) throw new Error('no case in the answer');
      toast.show(t.vot.opened(migrant!.fullName));
      navigate(paths.migrant(opened.migrant?.id ?? migrant!.id));
    },
  );
  return (
    <Page title={t.vot.openHeading} description={t.vot.openHint} focusOnMount>
      <ConfidentialNotice />
      <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.vot.open} cancel={<Link to={paths.cases('VOT')}>{t.cancel}</Link>}>
        <MigrantPicker site={site} label={t.vot.person} chosen={migrant} onChoose={setMigrant} error={submission.errorOf('migrantId')} />
        <TraffickingCaseFields form={form} onChange={setForm} errorOf={submission.errorOf} today={day} />
      </RecordForm>
    </Page>
  );
}
