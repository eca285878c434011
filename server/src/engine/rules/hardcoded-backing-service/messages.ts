// One wording for the rule in every language; `read` is the language's environment read.
import type { Service } from './services';

export function urlMessage(service: Service, read: string): string {
  return `Factor IV: ${service.label} address written into the code; read the whole URL from the environment (${read}) so each deploy attaches its own.`;
}

export function hostMessage(service: Service, read: string): string {
  return `Factor IV: ${service.label} host written into the code; read it from the environment (${read}) so each deploy attaches its own.`;
}

/**
 * A fallback after an environment read: local ones (this machine, the compose network) are a developer convenience (info),
 * remote ones a hidden default. `setting`: a config file's key, whose value has no fallback of its own but is the default
 * that `envName` overrides (Spring's relaxed binding, Quarkus' `_PROD_…` for a `%prod.` key).
 */
export function fallbackMessage(service: Service, envName: string, local: boolean, setting?: string): string {
  const what = setting === undefined ? `the fallback of ${envName}` : `the value of ${setting}, which ${envName} overrides`;
  return local
    ? `Factor IV: local ${service.label.replace(/^the /, '')} address as ${what}; fine on a laptop, but a deploy that forgets ${envName} silently uses it.`
    : `Factor IV: ${service.label} address as ${what}; a deploy that forgets the variable silently uses this one: remove ${setting === undefined ? 'the fallback' : 'it'} and set ${envName} in every environment.`;
}

/** A URL or DSN that also carries a real password: hardcoded-credential's finding on it moves the whole value. */
export function withCredential(message: string, credential: boolean | undefined): string {
  return credential ? `${message} It also carries a password (hardcoded-credential), whose fix moves the whole value.` : message;
}

/**
 * A local address in the branch an explicit production test leaves to every other environment (`else` of `if (isProduction)`):
 * the development default that the production branch replaces, information as a local env fallback is.
 */
export function developmentBranchMessage(service: Service): string {
  return `Factor IV: local ${service.label.replace(/^the /, '')} address in the branch that runs outside production; fine on a laptop, but staging and CI take it too unless they set the production branch's variable.`;
}
