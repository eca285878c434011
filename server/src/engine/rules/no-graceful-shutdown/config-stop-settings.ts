// Container settings that take the graceful stop away whatever the app does: compose's `stop_signal: SIGKILL`
// (the app gets no signal it can handle) and a zero grace period (`stop_grace_period: 0s`, a pod's
// `terminationGracePeriodSeconds: 0`: SIGTERM and SIGKILL at once). A dev-only compose file is a laptop's.
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
  if (isDevOnlyComposeFile(context.path)) return;
  for (const document of context.parsed.yaml) {
    visitYamlMaps(document.contents, (map) => {
      const signal = scalarOf(yamlGet(map, 'stop_signal'));
      if (signal && KILL_SIGNAL.test(String(signal.value).trim()) && isContainer(map)) context.report({ span: signal.span, message: KILL_MESSAGE });
      for (const key of ['stop_grace_period', 'terminationGracePeriodSeconds']) {
        const grace = scalarOf(yamlGet(map, key));
        if (grace && ZERO_DURATION.test(String(grace.value).trim()) && (key !== 'stop_grace_period' || isContainer(map))) {
          context.report({ span: grace.span, message: NO_GRACE_MESSAGE });
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

export const stopSettingsCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: ['stop_signal', 'stop_grace_period', 'terminationgraceperiodseconds'],
  check,
};
