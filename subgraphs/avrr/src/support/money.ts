import type { InputCheck } from '@mpa/platform';

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency code (e.g. USD, ETB, SOS). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);
}

/**
 * Checks an amount with its currency: both or neither (unless `required`), not negative, at most
 * two decimals, below a sanity ceiling. Returns the amount as the exact decimal string stored.
 */
export function checkMoney(
  check: InputCheck, amount: number | null | undefined, currency: string | null | undefined, required: boolean, prefix = '',
): { amount: string | null; currency: string | null } {
  const hasAmount = amount != null;
  const hasCurrency = currency != null && currency !== '';
  if (required && !hasAmount) check.fail(`${prefix}amount`, 'is required');
  if (hasAmount && (!Number.isFinite(amount) || amount < 0 || amount > 1_000_000_000 || Math.round(amount * 100) / 100 !== amount)) {
    check.fail(`${prefix}amount`, 'must be a non-negative amount with at most two decimals');
  }
  if ((hasAmount || required) && !hasCurrency) check.fail(`${prefix}currency`, 'is required with an amount (ISO 4217, e.g. USD)');
  else if (hasCurrency && !isCurrencyCode(currency)) check.fail(`${prefix}currency`, 'must be an ISO 4217 code, e.g. USD, ETB, SOS');
  else if (hasCurrency && !hasAmount) check.fail(`${prefix}amount`, 'is required with a currency');
  return { amount: hasAmount ? amount.toFixed(2) : null, currency: hasCurrency ? currency : null };
}

/** An amount with its currency, as the `Money` type shows it. */
export interface MoneyValue {
  amount: string;
  currency: string;
}

/** The Money of a record with nullable amount and currency columns. */
export function moneyOf(record: { amount: string | null; currency: string | null }): MoneyValue | null {
  return record.amount != null && record.currency ? { amount: Number(record.amount).toFixed(2), currency: record.currency } : null;
}
