// Container settings that take the graceful stop away whatever the app does: compose's `stop_signal: SIGKILL`
// (the app gets no signal it can handle) and a zero grace period (`stop_grace_period: 0s`, a pod's
// `terminationGracePeriodSeconds: 0`: SIGTERM and SIGKILL at once). A dev-only compose file is a laptop's, and
// a zero grace for asset watchers (`yarn build:js --watch`, nickjj's docker-django-example) loses nothing: they
// serve no one and the next start rebuilds what they were writing.
import { isDevOnlyComposeFile } from '../compose-files';
import { visitYamlMaps, yamlGet, type YamlNode, type YamlScalar } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';

const KILL_SIGNAL = /^(?:SIG)?KILL$|^9$/i;
const ZERO_DURATION = /^0+(?:\.0+)?(?:[mun]?s|h|m)?$/;

const KILL_MESSAGE =
  'Factor IX: stop_signal SIGKILL stops this service without a signal it can handle, so every deploy drops the ' +
  'requests in flight; keep the default SIGTERM and shut down on it.';
const NO_GRACE_MESSAGE =
  'Factor IX: a zero grace period kills this container right after SIGTERM, before it can finish the work in ' +
  'flight; give it the time a shutdown takes (compose defaults to 10 s, Kubernetes to 30 s).';

function check(context: RuleContext): void {
  if (isDevOnlyComposeFile(context.path, context.options.scopes)) return;
  for (const document of context.parsed.yaml) {
    visitYamlMaps(document.contents, (map) => {
      const signal = scalarOf(yamlGet(map, 'stop_signal'));
      if (signal && KILL_SIGNAL.test(String(signal.value).trim()) && isContainer(map)) context.report({ span: signal.span, message: KILL_MESSAGE });
      for (const key of ['stop_grace_period', 'terminationGracePeriodSeconds']) {
        const grace = scalarOf(yamlGet(map, key));
        const zero = grace && ZERO_DURATION.test(String(grace.value).trim());
        if (zero && (key !== 'stop_grace_period' || (isContainer(map) && !runsOnlyWatchers(document.contents, map)))) {
          context.report({ span: grace!.span, message: NO_GRACE_MESSAGE });
        }
      }
    });
  }
}

function scalarOf(node: YamlNode | undefined): YamlScalar | undefined {
  return node?.kind === 'scalar' && node.value !== null ? node : undefined;
}

/** A compose service: what it runs is an image or a build. */
function isContainer(map: YamlNode): boolean {
  return yamlGet(map, 'image') !== undefined || yamlGet(map, 'build') !== undefined;
}

/** `--watch`, `-w`, `watch`, a `…:watch` script: a command that rebuilds files as they change. */
const WATCH = /(?:^|[\s:"'])(?:--watch(?:=\S*)?|-w|watch)(?=$|[\s"',\]])/;

/**
 * The service, or every service that merges this anchor (`<<: *assets`), runs a file watcher and publishes no port.
 * An anchor no service merges is judged as a service of its own.
 */
function runsOnlyWatchers(root: YamlNode | undefined, map: YamlNode): boolean {
  const anchor = map.kind === 'map' ? map.anchor : undefined;
  const services = yamlGet(root, 'services');
  const merging = anchor === undefined || services?.kind !== 'map' ? [] : services.pairs.flatMap((pair) => (mergesAnchor(pair.value, anchor) ? [pair.value!] : []));
  const runners = merging.length > 0 ? merging : [map];
  return runners.every((service) => isWatcher(service) || (service !== map && isWatcher(map) && yamlGet(service, 'command') === undefined));
}

function mergesAnchor(service: YamlNode | undefined, anchor: string): boolean {
  const merge = yamlGet(service, '<<');
  return merge?.kind === 'opaque' ? merge.alias === anchor : merge?.kind === 'seq' && merge.items.some((item) => item?.kind === 'opaque' && item.alias === anchor);
}

function isWatcher(service: YamlNode): boolean {
  if (yamlGet(service, 'ports') !== undefined) return false;
  const command = yamlGet(service, 'command');
  const text = command?.kind === 'scalar' ? String(command.value ?? '') : command?.kind === 'seq' ? command.items.map((item) => (item?.kind === 'scalar' ? String(item.value) : '')).join(' ') : '';
  return WATCH.test(text);
}

export const stopSettingsCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: ['stop_signal', 'stop_grace_period', 'terminationgraceperiodseconds'],
  check,
};
