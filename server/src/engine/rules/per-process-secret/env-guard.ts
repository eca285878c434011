// A random key made only when the environment gave none, written as a guard rather than an `or`:
// `key := os.Getenv("SESSION_KEY")` then `if key == "" { key = string(securecookie.GenerateRandomKey(32)) }`,
// `secret = ENV["SESSION_SECRET"]` then `secret ||= SecureRandom.hex(64)`, `if (!$jwtSecret) { $jwtSecret = … }` after a
// `getenv`, Go's `if v, ok := os.LookupEnv("JWT_KEY"); ok { … } else { jwtKey = … }`. It is the fallback
// `os.environ.get("X") or os.urandom(24)` is (information), in every language. The statements are read as text here;
// each language's check finds the guard and the statements before it in its own tree.

/** A read of a named environment variable, in any of the languages the rule reads. */
const ENV_READ = /\b(?:os\.Getenv|os\.LookupEnv|os\.environ|getenv|System\.getenv|process\.env|import\.meta\.env|ENV\s*[[.])|\$_(?:ENV|SERVER)\b|\benv\s*\(/;

/** The variable a read names: `os.Getenv("SESSION_KEY")` -> `SESSION_KEY`. */
const VARIABLE = /["'`]([A-Z][A-Z0-9_]{1,80})["'`]/;

export function readsEnvVariable(text: string): boolean {
  return ENV_READ.test(text);
}

/** The environment variable an env-reading text names, when it names one. */
export function variableRead(text: string): string | undefined {
  return ENV_READ.test(text) ? VARIABLE.exec(text)?.[1] : undefined;
}

/**
 * Whether a guard's test (its condition and, in Go, its initializer) says "the environment gave no value": it reads the
 * environment and compares with nothing but emptiness (`os.Getenv("JWT_KEY") == ""`, `v, ok := os.LookupEnv(…); ok`),
 * not with a stage (`os.Getenv("APP_ENV") == "production"`, where the key is made on purpose in production).
 */
export function testsEnvironmentForEmpty(test: string): boolean {
  if (!ENV_READ.test(test)) return false;
  return !/(["'`])[^"'`\s]+\1/.test(test.replace(/(["'`])[A-Z][A-Z0-9_]{1,80}\1/g, ''));
}

/** Whether a guard's test mentions the name (`key == ""`, `len(sessionKey) == 0`, `!$jwtSecret`, `secret.nil?`). */
export function testsName(test: string, name: string): boolean {
  return new RegExp(`(?:^|[^\\w])[$@]?${escape(name)}(?![\\w])`).test(test);
}

/**
 * Whether a statement before the guard gives the name a value read from the environment: `key := os.Getenv("K")`,
 * `secret = ENV["K"]`, `$key = $_ENV['K'] ?? ''`, `let secret = process.env.K;`.
 */
export function assignsFromEnvironment(statement: string, name: string): boolean {
  const assigns = new RegExp(`^\\s*(?:(?:let|var|const|my)\\s+)?[$@]?${escape(name)}\\s*(?::\\s*[\\w|<> \\[\\]]{1,60})?(?::=|=(?!=))`);
  return assigns.test(statement) && ENV_READ.test(statement);
}

/** Whether the assignment only fills in an empty value: `secret ||= …`, `secret ??= …`. */
export function fillsEmpty(assignment: string): boolean {
  return /^[\w.$@]{1,120}\s*(?:\|\||\?\?)=/.test(assignment);
}

function escape(name: string): string {
  return name.replace(/[$.]/g, '\\$&');
}
