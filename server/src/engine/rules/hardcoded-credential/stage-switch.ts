// A config file that says it is the local setup's: `env: development` at its top (bbs-go's `app.docker.yaml`), or one level
// down in the app's own section, where viper-based Go apps and many Node and Python configs keep it (`app: { environment:
// development }`, `[server] env = "dev"`: probe30c note 1). A chosen word or a digit run in such a file is information, as in
// a `development:` block; generated values and known formats keep their severity. YAML, JSON and TOML read it alike.
//
// Only a file the app picks by its stage can be made development by what it says. A layered loader's base config is read in
// every environment, production included, under whatever it says of itself: node-config's `config/default.json` and
// `custom-environment-variables.json`, Spring's `application.yml` and `bootstrap.yml` (the profile files are
// `application-dev.yml`), a viper or Python app's `configs/default.yaml`, `config/default.toml`. A file named for a deployed
// stage (`production.json`, `config.prod.yaml`, `application-staging.yml`) is that stage's whatever its switch says.
// A single config an app reads (viper's `config.yaml`) keeps the switch's word: nothing else is there to say its stage.

/** The switch's key: `env`, `environment`, `APP_ENV`, gin-style `RunMode`. Not `mode` alone (`mode: debug` is gin's default, left in deploys). */
const ENV_KEY = /^(?:env|environment|app[-_]?env|run[-_]?mode)$/i;
const LOCAL_ENV = /^(?:dev|development|local)$/i;

/** The sections an app keeps its own switch in: `app`, `application`, `server`, `system`, `general`, `global`, `settings`. */
const APP_SECTION = /^(?:app|application|server|system|general|global|settings|runtime|service|project)$/i;

/** Base configs of layered loaders (node-config, Spring Boot, config crates): read in every environment. */
const BASE_CONFIG = /(?:^|\/)(?:default|custom-environment-variables|application|bootstrap)\.(?:json5?|ya?ml|toml)$/i;
/** A name for a deployed stage at the end of the file's name: `production.json`, `config.prod.yaml`, `application-staging.yml`. */
const DEPLOYED_STAGE_FILE = /(?:^|[/._-])(?:prod|production|staging|stage|live)\.(?:json5?|ya?ml|toml)$/i;

/** Whether a switch in the file at `filePath` can make it the local setup's: not a base config, not a deployed stage's file. */
function mayDeclareLocalStage(filePath: string): boolean {
  return !BASE_CONFIG.test(filePath) && !DEPLOYED_STAGE_FILE.test(filePath);
}

/**
 * Whether `value` under the key `path` (top level, or one level down in the app's own section) of the file at `filePath`
 * declares the local stage.
 */
export function isLocalStageSwitch(filePath: string, path: readonly (string | number)[], value: string | undefined): boolean {
  if (path.length > 2 || value === undefined || !mayDeclareLocalStage(filePath)) return false;
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !ENV_KEY.test(key) || !LOCAL_ENV.test(value.trim())) return false;
  return path.length === 1 || (typeof path[0] === 'string' && APP_SECTION.test(path[0]));
}
