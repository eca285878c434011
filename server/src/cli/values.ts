// Checks for option values shared by commands.
import { UsageError } from './command';

export function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

export function positiveInteger(value: string, option: string, unit: string): number {
  const number = Number(value);
  if (/^\d+$/.test(value) && Number.isSafeInteger(number) && number > 0) return number;
  throw new UsageError(`${option} must be a positive whole number of ${unit} (got '${value}')`);
}
