import { useProtectionMessages } from '../messages.js';

/** Said on every screen showing protection or psychosocial records: they are confidential, and reading them is logged. */
export function ConfidentialNotice() {
  const t = useProtectionMessages();
  return (
    <aside className="alert" aria-label={t.confidential.label}>
      <p>
        <strong>{t.confidential.heading}</strong> {t.confidential.text}
      </p>
    </aside>
  );
}
