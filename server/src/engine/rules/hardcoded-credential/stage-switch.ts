// A config file that says it is the local setup's: `env: development` at its top (bbs-go's `app.docker.yaml`), or one level
// down in the app's own section, where viper-based Go apps and many Node and Python configs keep it (`app: { environment:
// development }`, `[server] env = "dev"`: probe30c note 1). A chosen word or a digit run in such a file is information, as in
// a `development:` block; generated values and known formats keep their severity. YAML, JSON and TOML read it alike.

/** The switch's key: `env`, `environment`, `APP_ENV`, gin-style `RunMode`. Not `mode` alone (`mode: debug` is gin's default, left in deploys). */
const ENV_KEY = /^(?:env|environment|app[-_]?env|run[-_]?mode)$/i;
const LOCAL_ENV = /^(?:dev|development|local)$/i;

/** The sections an app keeps its own switch in: `app`, `application`, `server`, `system`, `general`, `global`, `settings`. */
const APP_SECTION = /^(?:app|application|server|system|general|global|settings|runtime|service|project)$/i;

/** Whether `value` under the key `path` (top level, or one level down in the app's own section) declares the local stage. */
export function isLocalStageSwitch(path: readonly (string | number)[], value: string | undefined): boolean {
  if (path.length > 2 || value === undefined) return false;
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !ENV_KEY.test(key) || !LOCAL_ENV.test(value.trim())) return false;
  return path.length === 1 || (typeof path[0] === 'string' && APP_SECTION.test(path[0]));
}
