// Amounts as the AVRR subgraph takes them: at most two decimals, not negative, with an ISO 4217 code.
import { localeOf } from '@mpa/i18n';

export const isAmount = (text: string): boolean => /^\d{1,9}(\.\d{1,2})?$/.test(text.trim());
/** ISO 4217 currencies and ISO 3166-1 alpha-3 countries alike: three letters. */
export const isThreeLetterCode = (text: string): boolean => /^[A-Za-z]{3}$/.test(text.trim());

/** `150.00 USD` in the reader's number format. */
export function moneyText(money: { amount: string; currency: string } | null | undefined, language: string): string | null {
  if (money == null) return null;
  const amount = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(money.amount));
  return `${amount} ${money.currency}`;
}
