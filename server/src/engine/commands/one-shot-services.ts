// Compose services that run once and exit: the set-up or migration step of a stack (`migrate`, `createbuckets`),
// compose's own init container. Another service waits for it to finish (`depends_on: {migrate: {condition:
// service_completed_successfully}}`), or it says it must not be restarted (`restart: "no"`) and serves nothing
// (no `ports`, no `expose`). Such a service is no long-running server (it needs no signal handling, Factor IX), and
// a migration in it runs once per `docker compose up`, before the app: the one-off admin process Factor XII asks for.
import { yamlGet, yamlString, type YamlNode } from '../languages/yaml';

/** The service maps of a compose file's root that run once; empty for any other YAML. */
export function oneShotServices(root: YamlNode | undefined): Set<YamlNode> {
  const services = yamlGet(root, 'services');
  const found = new Set<YamlNode>();
  if (services?.kind !== 'map') return found;
  const awaited = new Set<string>();
  for (const { value: service } of services.pairs) {
    const dependsOn = yamlGet(service, 'depends_on');
    if (dependsOn?.kind !== 'map') continue;
    for (const pair of dependsOn.pairs) {
      if (yamlString(yamlGet(pair.value, 'condition')) === 'service_completed_successfully') awaited.add(String(pair.key?.value ?? ''));
    }
  }
  for (const pair of services.pairs) {
    const service = pair.value;
    if (service?.kind !== 'map') continue;
    if (awaited.has(String(pair.key?.value ?? '')) || (isNeverRestarted(service) && !serves(service))) found.add(service);
  }
  return found;
}

/** `restart: "no"` (`restart: no` is the string too under YAML 1.2, false under 1.1). */
function isNeverRestarted(service: YamlNode): boolean {
  const restart = yamlGet(service, 'restart');
  return restart?.kind === 'scalar' && (restart.value === 'no' || restart.value === false);
}

function serves(service: YamlNode): boolean {
  return yamlGet(service, 'ports') !== undefined || yamlGet(service, 'expose') !== undefined;
}
