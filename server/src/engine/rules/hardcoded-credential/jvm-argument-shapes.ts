// Argument shapes that say "credential" in Java and Kotlin whatever the callee is called.
import type { JvmCall } from '../../languages/java';
import type { Target } from './target';
import type { JvmSyntax } from './java-calls';

/** KeyStore and KeyManagerFactory methods whose char[] argument is the store's or the key's password. */
const KEYSTORE_METHODS = new Set(['load', 'store', 'init', 'getKey', 'setKeyEntry', 'getEntry']);

/**
 * `ks.load(in, "…".toCharArray())`, `kmf.init(ks, "…".toCharArray())`, `new JSch…(user, "…".toCharArray())`:
 * Java's APIs take passwords as char[] so they can be wiped, and a literal made into a char[] for
 * any argument after the first is such a password. The first argument stays out: a parser's
 * `indexOfAny("…".toCharArray())` or `CharMatcher.anyOf` takes a set of characters there. The
 * value check still decides: a set of symbols (`"!@#$".toCharArray()`) holds no letter or digit.
 */
export function charArrayPasswordTarget(call: JvmCall, index: number, callee: string, syntax: JvmSyntax): Target | undefined {
  if (index === 0) return undefined;
  const chars = syntax.call(call.args[index]!);
  if (!chars || chars.name !== 'toCharArray' || chars.args.length > 0 || !chars.receiver) return undefined;
  const literal = syntax.string(chars.receiver)?.value?.text;
  if (literal === undefined || !/[A-Za-z0-9]/.test(literal)) return undefined;
  const envName = KEYSTORE_METHODS.has(call.name) ? 'KEYSTORE_PASSWORD' : 'PASSWORD';
  return { kind: 'api', label: callee, name: 'password', credential: { noun: 'password', strength: 'strong' }, envName };
}

/** Android Gradle's `buildConfigField(type, name, value)` and `resValue(type, name, value)`: the value under the field's name. */
const GRADLE_FIELDS = new Set(['buildConfigField', 'resValue']);

/** The name argument `index` of `call` is bound to when the call is a Gradle field declaration; the value is Java source (`"\"…\""`). */
export function gradleFieldName(call: JvmCall, index: number, syntax: JvmSyntax): string | undefined {
  if (!GRADLE_FIELDS.has(call.name) || call.args.length !== 3 || index !== 2) return undefined;
  return syntax.string(call.args[1]!)?.value?.text;
}
