import type { LanguageCheck } from '../../rule';
import { dockerfileCheck } from './config-dockerfile';
import { packageJsonCheck } from './config-package-json';
import { procfileCheck } from './config-procfile';
import { servicesCheck } from './config-services';
import { shellCheck } from './config-shell';
import { typeormConfigCheck } from './config-typeorm';
import { yamlCheck } from './config-yaml';

/** startup-migration in config files: package.json scripts, compose/Kubernetes, Dockerfile, Procfile, systemd/supervisord/platform starts, TypeORM's ormconfig. */
export const configChecks: LanguageCheck[] = [packageJsonCheck, yamlCheck, dockerfileCheck, procfileCheck, shellCheck, servicesCheck, typeormConfigCheck];
