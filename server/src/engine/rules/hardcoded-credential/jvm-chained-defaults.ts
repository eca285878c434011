// The default of an option or a property declared on a builder chain: Apache NiFi's
// `new PropertyDescriptor.Builder().name("api-token").sensitive(true).defaultValue("…")`, commons-cli's
// `Option.builder("p").longOpt("password")…`, jopt-simple's `accepts("password").withRequiredArg().defaultsTo("…")`,
// Kotlin's command-line parsers: clikt's `option("-t", "--api-token").default("…")`, kotlinx-cli's
// `parser.option(ArgType.String, fullName = "api-key").default("…")`.
// The chain's name says what the default is, as kingpin's `Flag(name).Default(…)` does in Go
// (go-flags.ts); `.sensitive(true)` says so whatever the name.
import { credentialName } from '../../secrets';
import type { JvmCall } from '../../languages/java';
import type { JvmSyntax } from './java-calls';
import { nameTarget, type Target } from './target';

/** Methods that give the declared option or property its default value. */
// `orElse`/`getOrElse`: the fallback of a Gradle provider (`providers.gradleProperty("sonatypePassword").orElse("…")`).
const DEFAULT_METHODS = new Set(['default', 'defaultValue', 'defaultsTo', 'setDefault', 'withDefault', 'withDefaultValue', 'orElse', 'getOrElse']);

/** Methods whose first string argument names what the chain declares. */
// Gradle's provider reads name the property, variable or system property they read (`gradleProperty`, ...).
const NAMING_METHODS = new Set(['name', 'displayName', 'longOpt', 'accepts', 'builder', 'withName', 'withLongOpt', 'key', 'gradleProperty', 'environmentVariable', 'systemProperty']);

/** How far back a chain is read: builders rarely declare more before their default. */
const MAX_CHAIN = 16;

/** The default given by argument `index` of `call`, when a call before it on the chain names a credential or says sensitive. */
export function chainedDefaultTarget(call: JvmCall, index: number, syntax: JvmSyntax): Target | undefined {
  if (index !== 0 || call.args.length !== 1 || !DEFAULT_METHODS.has(call.name)) return undefined;
  let sensitive = false;
  let name: string | undefined;
  let receiver = call.receiver;
  for (let depth = 0; receiver && depth < MAX_CHAIN; depth++) {
    const link = syntax.call(receiver);
    if (!link) break;
    if (link.name === 'sensitive' && link.args[0]?.text === 'true') sensitive = true;
    const named = link.name === 'option' ? optionName(link, syntax) : NAMING_METHODS.has(link.name) && link.args[0] ? syntax.string(link.args[0])?.value?.text : undefined;
    if (named !== undefined && (name === undefined || credentialName(named))) name = named;
    receiver = link.receiver;
  }
  if (name !== undefined && credentialName(name)) return { ...nameTarget(name.split('.')), label: `${name} property`, noFix: true };
  if (!sensitive) return undefined;
  return { kind: 'api', label: name === undefined ? 'sensitive property' : `${name} property`, credential: { noun: 'secret', strength: 'strong' }, envName: 'SECRET', noFix: true };
}

/** Names a parser's `option(…)` is declared under, in Kotlin: clikt's flags (`"-p", "--password"`), kotlinx-cli's `fullName`. */
const OPTION_NAME_ARGUMENTS = new Set([undefined, 'fullName', 'names']);

/** The option's name that names a credential (dashes dropped), else its first name. */
function optionName(call: JvmCall, syntax: JvmSyntax): string | undefined {
  const names = call.args
    .filter((_, i) => OPTION_NAME_ARGUMENTS.has(call.argNames[i]))
    .map((arg) => syntax.string(arg)?.value?.text.replace(/^-+/, ''))
    .filter((name): name is string => name !== undefined && name !== '');
  return names.find((name) => credentialName(name)) ?? names[0];
}
