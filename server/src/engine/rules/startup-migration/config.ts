import type { LanguageCheck } from '../../rule';
import { dockerfileCheck } from './config-dockerfile';
import { packageJsonCheck } from './config-package-json';
import { procfileCheck } from './config-procfile';
import { servicesCheck } from './config-services';
import { shellCheck } from './config-shell';
import { yamlCheck } from './config-yaml';

/** startup-migration in config files: package.json scripts, compose/Kubernetes, Dockerfile, Procfile, systemd/supervisord/platform starts. */
export const configChecks: LanguageCheck[] = [packageJsonCheck, yamlCheck, dockerfileCheck, procfileCheck, shellCheck, servicesCheck];
