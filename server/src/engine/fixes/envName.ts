const VALID_NAME = /^[A-Z_][A-Z0-9_]*$/;

export function isValidEnvName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** UPPER_SNAKE_CASE from whatever was proposed: `dbPassword` -> `DB_PASSWORD`, `api-key` -> `API_KEY`. */
export function toEnvName(proposed: string): string {
  const words = proposed
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
  const name = words.join('_');
  if (name === '') return 'SECRET';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * The name a moved value gets: the proposed one if it is free or already holds this very value
 * (then .env is left alone); otherwise `NAME_2`, `NAME_3`, ... A name the code already reads is
 * taken even when .env lacks it: it is set elsewhere (deployment) and means something else.
 */
export function resolveEnvName(
  proposed: string,
  value: string,
  existingEnv: ReadonlyMap<string, string>,
  namesUsedInCode: ReadonlySet<string> = new Set(),
): string {
  const base = isValidEnvName(proposed) ? proposed : toEnvName(proposed);
  for (let suffix = 1; ; suffix++) {
    const name = suffix === 1 ? base : `${base}_${suffix}`;
    const current = existingEnv.get(name);
    if (current === value) return name;
    if (current === undefined && !namesUsedInCode.has(name)) return name;
  }
}
