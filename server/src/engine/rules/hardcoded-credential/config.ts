import type { LanguageCheck } from '../../rule';
import { dockerfileCheck } from './config-dockerfile';
import { dockerfileEnvFileCheck } from './config-dockerfile-envfile';
import { dotenvCheck } from './config-dotenv';
import { jsonCheck } from './config-json';
import { propertiesCheck } from './config-properties';
import { yamlCheck } from './config-yaml';
import { hoconCheck } from './config-hocon';
import { keyfileCheck } from './config-keyfile';
import { sqlCheck } from './config-sql';
import { credentialStoreCheck } from './config-credential-stores';
import { shellCheck } from './config-shell';
import { makefileCheck } from './config-makefile';
import { batchCheck, powershellCheck } from './config-windows-scripts';
import { tomlCheck } from './config-toml';
import { groovyCheck } from './config-groovy';
import { iniCheck } from './config-ini';
import { xmlCheck } from './config-xml';
import { httpFileCheck } from './config-http';
import { withBundledKeystores, withTestServicesCompose } from './test-and-bundled-config';

/** hardcoded-credential in config files: JSON, YAML, Dockerfile, .env, .properties, shell, Makefiles, Windows batch and PowerShell scripts, key files and credential stores (.netrc, .pgpass), HOCON, TOML, INI, XML, SQL scripts and HTTP request files. */
export const configChecks: LanguageCheck[] = [jsonCheck, withBundledKeystores(withTestServicesCompose(yamlCheck)), dockerfileCheck, dockerfileEnvFileCheck, dotenvCheck, withBundledKeystores(propertiesCheck), shellCheck, keyfileCheck, credentialStoreCheck, hoconCheck, tomlCheck, iniCheck, xmlCheck, groovyCheck, sqlCheck, httpFileCheck, makefileCheck, batchCheck, powershellCheck];
