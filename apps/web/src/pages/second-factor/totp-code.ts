/** A TOTP code as people type it: six digits, spaces tolerated. */
export const SIX_DIGITS = /^\d{6}$/;

export function normaliseCode(value: string): string {
  return value.replace(/\s+/g, '').slice(0, 6);
}
