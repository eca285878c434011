// Java and Kotlin: a JJWT key made in a static field of a JwtUtil (`Keys.secretKeyFor(SignatureAlgorithm.HS256)`,
// `Jwts.SIG.HS256.key().build()`), in a Spring `@Bean` method or a bean's field (`KeyGenerator.getInstance("HmacSHA256")
// .generateKey()`), or a buffer filled with `SecureRandom().nextBytes(secret)` at start-up. No fix: the key is a typed
// object here, and the environment gives a string that needs decoding.
import type { SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck } from '../../rule';
import { checkTree, compact, STOP, WRAP, named, type KeyGrammar, type Step } from './tree-climb';

/** The callee, spaces removed, of calls that make a key: JJWT's builders, the JCA's KeyGenerator, UUIDs. */
const GENERATOR = /^(?:(?:io\.jsonwebtoken\.security\.)?Keys\.secretKeyFor|Jwts\.SIG\.HS\d+\.key\(\)\.build|(?:javax\.crypto\.)?KeyGenerator\.getInstance\([^()]*\)\.generateKey|MacProvider\.generateKey|(?:java\.util\.)?UUID\.randomUUID)$/;
/** Calls that only turn the key into another form. */
const WRAPPERS = new Set(['toString', 'getBytes', 'getEncoded', 'hmacShaKeyFor', 'encodeToString', 'encode', 'SecretKeySpec', 'toByteArray']);
/** Annotations of methods that run once when the application context starts. */
const STARTUP_ANNOTATIONS = new Set(['Bean', 'PostConstruct', 'Produces', 'Provides']);

function annotated(modifiers: SyntaxNode | undefined): boolean {
  if (!modifiers) return false;
  return modifiers.namedChildren.some((annotation) => annotation?.type.endsWith('annotation') === true && STARTUP_ANNOTATIONS.has(annotationName(annotation)));
}

/**
 * `@Value("${app.jwt.secret:#{T(java.util.UUID).randomUUID().toString()}}")`: a SpEL default that makes a random key when
 * the property (and so its environment variable, by Spring's relaxed binding) is unset. Group 1 is the property.
 */
const SPEL_DEFAULT = /^"\\?\$\{([\w.-]{1,120}):#\{([^{}]{1,200})\}\}"$/;

/** The property a `@Value` string's random SpEL default stands in for, or undefined. */
function randomSpelDefault(literal: SyntaxNode): string | undefined {
  if (literal.type !== 'string_literal') return undefined;
  const match = SPEL_DEFAULT.exec(literal.text);
  return match && /\brandomUUID\(\)/.test(match[2]!) ? match[1] : undefined;
}

/** The annotation's name without `@` or a package: `Value`, `ConfigurationProperties`. */
function annotationName(annotation: SyntaxNode): string {
  const name = annotation.text.replace(/^@/, '').split(/[(\s]/)[0] ?? '';
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * A Spring Boot (or Micronaut) `@ConfigurationProperties` class: a field's initial value is its default, which the
 * property (`roster.session.signing-secret`, or its environment variable) replaces, as a pydantic settings field's.
 */
function isConfigurationPropertiesClass(cls: SyntaxNode | null | undefined): boolean {
  const modifiers = cls ? namedChildOfType(cls, 'modifiers') : undefined;
  return modifiers?.namedChildren.some((annotation) => annotation?.type.endsWith('annotation') && annotationName(annotation) === 'ConfigurationProperties') === true;
}

/** Hooks Spring calls once as the context starts, by the interface the class implements. */
const RUNNER_HOOKS: Readonly<Record<string, RegExp>> = {
  run: /\b(?:CommandLineRunner|ApplicationRunner)\b/,
  afterPropertiesSet: /\bInitializingBean\b/,
  afterSingletonsInstantiated: /\bSmartInitializingSingleton\b/,
};

/** `public void run(String... args)` of a `CommandLineRunner` (or `ApplicationRunner`, `InitializingBean`'s hook). */
function isRunnerHook(name: string, cls: SyntaxNode | null | undefined): boolean {
  const hook = Object.hasOwn(RUNNER_HOOKS, name) ? RUNNER_HOOKS[name] : undefined;
  if (!hook || cls?.type !== 'class_declaration') return false;
  return hook.test(cls.childForFieldName('interfaces')?.text ?? namedChildOfType(cls, 'super_interfaces')?.text ?? '');
}

function namedChildOfType(node: SyntaxNode, type: string): SyntaxNode | undefined {
  return node.namedChildren.find((child): child is SyntaxNode => child?.type === type);
}

/** The method a `return` is in: its name names the key (`@Bean SecretKey refreshTokenKey()`). */
function enclosingMethodName(node: SyntaxNode, type: string, name: (fn: SyntaxNode) => string | undefined): string | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === type) return name(parent);
  return undefined;
}

const java: KeyGrammar = {
  generator(node) {
    if (randomSpelDefault(node) !== undefined) return { kind: 'plain' };
    if (node.type !== 'method_invocation') return undefined;
    const callee = compact(node).replace(/\([^()]*\)$/, '');
    if (GENERATOR.test(callee)) return { kind: 'plain' };
    const buffer = node.childForFieldName('name')?.text === 'nextBytes' ? node.childForFieldName('arguments')?.namedChild(0) : undefined;
    return buffer?.type === 'identifier' ? { kind: 'filled', name: buffer.text } : undefined;
  },
  step(parent, child): Step {
    switch (parent.type) {
      case 'argument_list':
      case 'parenthesized_expression':
        return WRAP;
      case 'annotation_argument_list':
        // `@Value("${jwt.secret:#{…randomUUID()}}")`: the property's own key, made only when it is unset.
        return spelStep(child);
      case 'method_invocation':
        if (parent.childForFieldName('object')?.id === child.id) return WRAPPERS.has(parent.childForFieldName('name')?.text ?? '') ? WRAP : STOP;
        return WRAPPERS.has(parent.childForFieldName('name')?.text ?? '') ? WRAP : STOP;
      case 'object_creation_expression':
        return WRAPPERS.has(parent.childForFieldName('type')?.text ?? '') ? WRAP : STOP;
      case 'variable_declarator': {
        const name = parent.childForFieldName('name')?.text;
        return name === undefined ? STOP : { kind: 'name', name, fallback: isConfigurationPropertiesClass(parent.parent?.parent?.parent) };
      }
      case 'assignment_expression': {
        const left = parent.childForFieldName('left');
        return named(left?.type === 'field_access' ? left.childForFieldName('field')?.text : left?.text);
      }
      case 'return_statement':
        return named(enclosingMethodName(parent, 'method_declaration', (fn) => fn.childForFieldName('name')?.text));
      default:
        return STOP;
    }
  },
  instanceFieldClass(at) {
    const field = at.type === 'variable_declarator' ? at.parent : undefined;
    if (field?.type !== 'field_declaration' || /\bstatic\b/.test(namedChildOfType(field, 'modifiers')?.text ?? '')) return undefined;
    const cls = field.parent?.parent;
    if (!cls || (cls.type !== 'class_declaration' && cls.type !== 'enum_declaration')) return undefined;
    return { name: cls.childForFieldName('name')?.text ?? '', annotations: namedChildOfType(cls, 'modifiers')?.text ?? '' };
  },
  functionOf(node) {
    if (node.type === 'method_declaration') {
      const name = node.childForFieldName('name')?.text ?? '';
      return { name, startup: annotated(namedChildOfType(node, 'modifiers')) || isRunnerHook(name, node.parent?.parent) };
    }
    if (node.type === 'constructor_declaration' || node.type === 'static_initializer') return { name: '', startup: true };
    return node.type === 'lambda_expression' ? { name: '' } : undefined;
  },
};

/** The step from a random SpEL default, when it is a `@Value` annotation's argument: named by its property, a fallback. */
function spelStep(literal: SyntaxNode): Step {
  const property = randomSpelDefault(literal);
  let annotation = literal.parent;
  for (let depth = 0; annotation && depth < 4 && !annotation.type.endsWith('annotation'); depth++) annotation = annotation.parent;
  if (property === undefined || !annotation?.type.endsWith('annotation') || annotationName(annotation) !== 'Value') return STOP;
  return { kind: 'name', name: property, fallback: true };
}

const kotlinFunctionName = (fn: SyntaxNode): string | undefined => namedChildOfType(fn, 'simple_identifier')?.text;

const kotlin: KeyGrammar = {
  generator(node) {
    if (randomSpelDefault(node) !== undefined) return { kind: 'plain' };
    if (node.type !== 'call_expression') return undefined;
    const callee = node.namedChild(0);
    if (GENERATOR.test(compact(callee))) return { kind: 'plain' };
    const last = callee?.type === 'navigation_expression' ? callee.namedChild(callee.namedChildCount - 1)?.text.replace(/^\./, '') : undefined;
    const argument = last === 'nextBytes' ? node.namedChild(1)?.namedChild(0)?.namedChild(0)?.namedChild(0) : undefined;
    return argument?.type === 'simple_identifier' ? { kind: 'filled', name: argument.text } : undefined;
  },
  step(parent, child): Step {
    switch (parent.type) {
      case 'value_argument':
        if (randomSpelDefault(child) !== undefined) return spelStep(child);
        return WRAP;
      case 'value_arguments':
      case 'call_suffix':
      case 'parenthesized_expression':
        return WRAP;
      case 'navigation_expression':
        return parent.namedChild(0)?.id === child.id && WRAPPERS.has(parent.namedChild(1)?.text.replace(/^\.|\?\./, '') ?? '') ? WRAP : STOP;
      case 'call_expression': {
        const callee = parent.namedChild(0);
        if (callee?.id === child.id) return WRAP;
        const name = compact(callee);
        return WRAPPERS.has(name.slice(name.lastIndexOf('.') + 1)) ? WRAP : STOP;
      }
      case 'property_declaration': {
        const name = namedChildOfType(namedChildOfType(parent, 'variable_declaration') ?? parent, 'simple_identifier')?.text;
        return name === undefined ? STOP : { kind: 'name', name, fallback: isConfigurationPropertiesClass(parent.parent?.parent) };
      }
      case 'class_parameter': {
        // `@ConfigurationProperties data class JwtProperties(val secret: String = UUID.randomUUID().toString())`: a default.
        const name = namedChildOfType(parent, 'simple_identifier')?.text;
        return name !== undefined && isConfigurationPropertiesClass(parent.parent?.parent) ? { kind: 'name', name, fallback: true } : STOP;
      }
      case 'assignment': {
        const target = parent.namedChild(0);
        return target?.id === child.id ? STOP : named(target?.text.split('.').pop());
      }
      case 'jump_expression':
        return parent.text.startsWith('return') ? named(enclosingMethodName(parent, 'function_declaration', kotlinFunctionName)) : STOP;
      case 'function_declaration':
        // `fun jwtKey(): SecretKey = Keys.secretKeyFor(...)`: an expression body.
        return named(kotlinFunctionName(parent));
      case 'function_body':
        return WRAP;
      default:
        return STOP;
    }
  },
  instanceFieldClass(at) {
    // A property of a class body; one of an `object` or a companion object exists once.
    const cls = at.type === 'property_declaration' && at.parent?.type === 'class_body' ? at.parent.parent : undefined;
    if (cls?.type !== 'class_declaration') return undefined;
    return { name: namedChildOfType(cls, 'type_identifier')?.text ?? '', annotations: namedChildOfType(cls, 'modifiers')?.text ?? '' };
  },
  functionOf(node) {
    if (node.type === 'function_declaration') return { name: kotlinFunctionName(node) ?? '', startup: annotated(namedChildOfType(node, 'modifiers')) };
    if (node.type === 'secondary_constructor' || node.type === 'anonymous_initializer') return { name: '', startup: true };
    return node.type === 'lambda_literal' || node.type === 'anonymous_function' ? { name: '' } : undefined;
  },
};

const KEYWORDS = ['secretkeyfor', 'jwts.sig', 'keygenerator', 'randomuuid', 'nextbytes', 'macprovider'];

export const jvmChecks: LanguageCheck[] = [
  { languages: ['java'], keywords: KEYWORDS, check: (context) => checkTree(context, java) },
  { languages: ['kotlin'], keywords: KEYWORDS, check: (context) => checkTree(context, kotlin) },
];
