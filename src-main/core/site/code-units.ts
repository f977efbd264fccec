/**
 * Orders strings by their UTF-16 code units, not by the platform's collation:
 * the same journal sorts the same way on every machine, so an export's bytes
 * never depend on where it ran.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
