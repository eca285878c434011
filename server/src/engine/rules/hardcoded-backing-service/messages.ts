// One wording for the rule in every language; `read` is the language's environment read.
import type { Service } from './services';

export function urlMessage(service: Service, read: string): string {
  return `Factor IV: ${service.label} address written into the code; read the whole URL from the environment (${read}) so each deploy attaches its own.`;
}

export function hostMessage(service: Service, read: string): string {
  return `Factor IV: ${service.label} host written into the code; read it from the environment (${read}) so each deploy attaches its own.`;
}

/** A fallback after an environment read: local ones (this machine, the compose network) are a developer convenience (info), remote ones a hidden default. */
export function fallbackMessage(service: Service, envName: string, local: boolean): string {
  return local
    ? `Factor IV: local ${service.label.replace(/^the /, '')} address as the fallback of ${envName}; fine on a laptop, but a deploy that forgets ${envName} silently uses it.`
    : `Factor IV: ${service.label} address as the fallback of ${envName}; a deploy that forgets the variable silently uses this one: remove the fallback and set ${envName} in every environment.`;
}
