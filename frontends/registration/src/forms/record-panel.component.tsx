import { useId, useState, type ReactNode } from 'react';

/**
 * A "Record …" button that opens its form in place, under the list it adds to; the form closes
 * it again once saved or cancelled, and the focus goes back to the button.
 */
export function RecordPanel({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button?.focus());
  };
  return (
    <div className="mpa-registration-record">
      <button ref={setButton} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>{label}</button>
      <div id={id} hidden={!open}>{open && children(close)}</div>
    </div>
  );
}

/** The site a record belongs to, from its global ID (`bossaso:…`): its changes go to that site. */
export const siteOfRecord = (id: string): string | undefined => /^([a-z][a-z0-9_]*):/.exec(id)?.[1];
