// The examples of hardcoded-credential: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { dockerfileExamples } from './config-dockerfile-examples';
import { dotenvExamples, dotenvIgnoredExamples } from './config-dotenv-examples';
import { goExamples } from './go-examples';
import { phpShapeExamples } from './php-examples-shapes';
import { phpWriteExamples } from './php-examples-writes';
import { iniCredentialExamples, phpCredentialExamples } from './php-examples';
import { javaShapeExamples } from './java-examples-shapes';
import { javaArgumentExamples } from './java-examples-arguments';
import { javaExamples, jdbcConfigExamples } from './java-examples';
import { javascriptExamples } from './javascript-examples';
import { componentExamples } from './component-examples';
import { jspExamples } from './jsp-examples';
import { jsonExamples } from './config-json-examples';
import { kotlinShapeExamples } from './kotlin-examples-shapes';
import { kotlinArgumentExamples } from './kotlin-examples-arguments';
import { kotlinExamples } from './kotlin-examples';
import { propertiesExamples } from './config-properties-examples';
import { pythonShapeExamples } from './python-examples-shapes';
import { pythonExamples } from './python-examples';
import { rubyShapeExamples } from './ruby-examples-shapes';
import { rubyExamples } from './ruby-examples';
import { yamlExamples } from './config-yaml-examples';
import { templatedConfigExamples } from './config-templated-examples';
import { hoconExamples } from './config-hocon-examples';
import { tomlExamples } from './config-toml-examples';
import { tfvarsExamples } from './config-tfvars-examples';
import { groovyExamples } from './config-groovy-examples';
import { iniToolExamples } from './config-ini-examples';
import { xmlConfigExamples } from './config-xml-examples';
import { springBeansExamples } from './spring-beans-examples';
import { credentialStoreExamples } from './config-credential-stores-examples';
import { keyfileExamples } from './config-keyfile-examples';
import { sqlExamples } from './config-sql-examples';
import { sqlAccountExamples } from './config-sql-account-examples';
import { httpFileExamples } from './config-http-examples';
import { notebookExamples } from './notebook-examples';
import { shellExamples } from './config-shell-examples';
import { makefileExamples } from './config-makefile-examples';
import { exampleEnvGoExamples, exampleEnvJavaScriptExamples, exampleEnvPythonExamples, exampleEnvRubyExamples } from './example-env-loads-examples';
import { batchExamples, powershellExamples } from './config-windows-scripts-examples';
import { PRECISION_EXAMPLES } from './precision-examples';
import { SCOPE_EXAMPLES } from './scope-examples';
import { SINK_EXAMPLES } from './sink-examples';
import { CI_EXAMPLES } from './ci-examples';
import { CI_HOST_EXAMPLES } from './ci-hosts-examples';
import { AZURE_EXAMPLES } from './azure-examples';
import { BACKEND_SERVICE_EXAMPLES } from './backend-services-examples';
import { RECORDING_EXAMPLES } from './recordings-examples';
import { PARITY_EXAMPLES } from './parity-examples';
import { CONSTANT_EXAMPLES } from './constant-examples';
import { CLIENT_EXAMPLES } from './client-examples';
import { SERVICE_SHAPE_EXAMPLES } from './service-shapes-examples';
import { SDK_SINK_EXAMPLES } from './sdk-sink-examples';
import { ENCODER_EXAMPLES } from './encoder-examples';
import { SEED_PASSWORD_EXAMPLES } from './seed-password-examples';
import { bundledKeystoreExamples, developmentDotenvExamples, doubledPlaceholderExamples, testServicesComposeExamples } from './test-and-bundled-config-examples';
import { DRIVER_LOGIN_EXAMPLES } from './driver-login-examples';
import { ENVIRONMENT_LIST_EXAMPLES, HAND_WRITTEN_EXAMPLES, LOGIN_SETTING_EXAMPLES } from './login-setting-examples';
import { TOOLING_EXAMPLES } from './tooling-examples';
import { PASSWORD_MAP_EXAMPLES } from './password-map-examples';
import { CATEGORY_MAP_EXAMPLES } from './category-map-examples';
import { PAIR_SHAPE_EXAMPLES } from './pair-shapes-examples';
import { URL_QUERY_EXAMPLES } from './url-query-examples';
import { PROSE_EXAMPLES } from './prose-examples';
import { COMMENT_EXAMPLES } from './comment-examples';
import { KEY_STUB_EXAMPLES } from './key-stub-examples';
import { COUNTING_RUN_EXAMPLES } from './counting-run-examples';
import { DIGIT_RUN_EXAMPLES } from './digit-run-examples';
import { WORD_AND_DIGITS_EXAMPLES } from './word-and-digits-examples';
import { PASSWORD_OWNER_EXAMPLES } from './password-owner-examples';
import { PLACEHOLDER_FALLBACK_EXAMPLES } from './placeholder-fallback-examples';
import { OWN_NAME_FALLBACK_EXAMPLES } from './own-name-fallback-examples';
import { HELD_OPTIONS_EXAMPLES } from './held-options-examples';
import { LIVE_WORD_EXAMPLES } from './live-word-examples';
import { SINK_SHAPE_EXAMPLES } from './sink-shape-examples';
import { WORD_KEY_EXAMPLES } from './word-key-examples';
import { PROBE25C_EXAMPLES } from './probe25c-examples';
import { PROBE26C_EXAMPLES } from './probe26c-examples';
import { PROBE26C_READING_EXAMPLES } from './probe26c-reading-examples';
import { PROBE27C_EXAMPLES } from './probe27c-examples';
import { PROBE27C_SECRETS_FILES_EXAMPLES } from './probe27c-secrets-files-examples';
import { PROBE28_EXAMPLES } from './probe28-examples';
import { PROBE29C_EXAMPLES } from './probe29c-examples';
import { PROBE30C_EXAMPLES } from './probe30c-examples';
import { STAGE_SWITCH_EXAMPLES } from './stage-switch-examples';
import { PROBE29B_EXAMPLES } from './probe29b-examples';
import { PROBE30_EXAMPLES } from './probe30-examples';
import { LIVE_PLACEHOLDER_EXAMPLES } from './live-placeholder-examples';
import { APP_SECTION_EXAMPLES } from './app-section-examples';
import { CONFIG_READING_EXAMPLES } from './config-reading-examples';
import { PASSWORD_HASHER_EXAMPLES } from './password-hasher-examples';
import { GENERATED_KEY_EXAMPLES } from './generated-key-examples';
import { KEY_MATERIAL_EXAMPLES } from './key-material-examples';
import { HANDED_OVER_EXAMPLES } from './handed-over-examples';
import { HELD_LOCAL_EXAMPLES } from './held-local-examples';
import { neonExamples } from './config-neon-examples';
import { androidResourceExamples } from './android-resource-examples';
import { LOCAL_DEVELOPMENT_EXAMPLES } from './local-development-examples';
import { DEVELOPMENT_CODE_EXAMPLES } from './development-code-examples';
import { STAGE_FLAG_EXAMPLES } from './stage-flag-examples';
import { LOGIN_BESIDE_EXAMPLES } from './login-beside-examples';
import { IMPORTED_KEY_EXAMPLES } from './imported-key-examples';
import { VENDOR_SHAPE_EXAMPLES } from './vendor-shapes-examples';
import { OBSERVABILITY_EXAMPLES } from './observability-examples';
import { CONFIG_LIBRARY_EXAMPLES } from './config-library-examples';
import { DOCUMENT_EXAMPLES } from './document-examples';
import { CHOICE_EXAMPLES } from './choice-examples';
import { GETTER_EXAMPLES } from './getter-examples';
import { ENTRY_EXAMPLES } from './entry-examples';
import { LONE_PASS_EXAMPLES } from './lone-pass-examples';
import { FOREIGN_NAME_EXAMPLES } from './foreign-names-examples';
import { VERTX_KEY_EXAMPLES } from './vertx-key-examples';
import { CIPHER_EXAMPLES } from './cipher-examples';
import { LOGIN_CALL_EXAMPLES } from './login-call-examples';
import { PUSH_EXAMPLES } from './push-examples';
import { REAL_NAMED_EXAMPLES } from './real-named-examples';
import { TYPED_MEMBER_EXAMPLES } from './typed-member-examples';
import { FRAMEWORK_LINK_EXAMPLES } from './framework-link-examples';
import { HEREDOC_EXAMPLES } from './heredoc-examples';
import { PROJECT_SECRET_EXAMPLES } from './project-secret-examples';
import { KEYED_SINK_EXAMPLES } from './keyed-sink-examples';
import type { LanguageId } from '../../types';

export const hardcodedCredentialExamples: RuleExamples = {
  ruleId: 'hardcoded-credential',
  sets: [
    { languages: ['dockerfile'], examples: dockerfileExamples },
    { languages: ['dotenv'], examples: dotenvExamples },
    { languages: ['dotenv'], examples: dotenvIgnoredExamples },
    { languages: ['json'], examples: jsonExamples },
    { languages: ['properties'], examples: propertiesExamples },
    { languages: ['yaml'], examples: yamlExamples },
    { languages: ['yaml'], examples: testServicesComposeExamples },
    { languages: ['yaml'], examples: bundledKeystoreExamples },
    { languages: ['dotenv'], examples: developmentDotenvExamples },
    { languages: ['ini'], examples: doubledPlaceholderExamples },
    { languages: ['yaml'], examples: templatedConfigExamples },
    { languages: ['yaml'], examples: neonExamples },
    { languages: ['shell'], examples: shellExamples },
    { languages: ['makefile'], examples: makefileExamples },
    { languages: ['batch'], examples: batchExamples },
    { languages: ['powershell'], examples: powershellExamples },
    { languages: ['keyfile'], examples: keyfileExamples },
    { languages: ['hocon'], examples: hoconExamples },
    { languages: ['toml'], examples: tomlExamples },
    { languages: ['tfvars'], examples: tfvarsExamples },
    { languages: ['groovy'], examples: groovyExamples },
    { languages: ['ini'], examples: iniToolExamples },
    { languages: ['xml'], examples: xmlConfigExamples },
    { languages: ['xml'], examples: springBeansExamples },
    { languages: ['xml'], examples: androidResourceExamples },
    { languages: ['keyfile'], examples: credentialStoreExamples },
    { languages: ['sql'], examples: sqlExamples },
    { languages: ['sql'], examples: sqlAccountExamples },
    { languages: ['http'], examples: httpFileExamples },
    // A notebook's code cells are Python: its examples count among Python's (the path makes them notebooks).
    { languages: ['python'], examples: notebookExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['javascript', 'typescript'], examples: exampleEnvJavaScriptExamples },
    { languages: ['python'], examples: exampleEnvPythonExamples },
    { languages: ['go'], examples: exampleEnvGoExamples },
    { languages: ['ruby'], examples: exampleEnvRubyExamples },
    { languages: ['java'], examples: javaExamples },
    { languages: ['java'], examples: javaShapeExamples },
    { languages: ['java'], examples: javaArgumentExamples },
    // A page's scripting elements are Java: its examples count among those (the path makes them pages).
    { languages: ['jsp'], examples: jspExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['kotlin'], examples: kotlinShapeExamples },
    { languages: ['kotlin'], examples: kotlinArgumentExamples },
    { languages: ['properties', 'yaml'], examples: jdbcConfigExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    // A component's scripts are JavaScript/TypeScript: its examples count among those (the path makes them components).
    { languages: ['javascript'], examples: componentExamples },
    { languages: ['php'], examples: phpCredentialExamples },
    { languages: ['php'], examples: phpShapeExamples },
    { languages: ['php'], examples: phpWriteExamples },
    { languages: ['ini'], examples: iniCredentialExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['python'], examples: pythonShapeExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['ruby'], examples: rubyShapeExamples },
    // Shared by every language: scopes (tests, fixtures, seeds) and stock local-dev passwords.
    ...Object.entries(SCOPE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // JS/TS and config shapes: sinks, mnemonics, digits, CI env lists, collections, states, public values.
    ...Object.entries(PRECISION_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // Every language: secrets that read like text where only a secret goes, and wallet mnemonics.
    ...Object.entries(SINK_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // CI pipelines and the shell they run (scripts, RUN lines): env literals and command arguments.
    ...Object.entries(CI_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // Travis CI, AppVeyor, Azure Pipelines and SonarQube shapes; Azure SAS signatures in Python, Ruby and JS.
    ...Object.entries(CI_HOST_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS and config: Convex deploy keys, Appwrite API keys, quick-starts' stock passwords (Hasura's).
    ...Object.entries(BACKEND_SERVICE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(AZURE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JSON and YAML: recorded HTTP traffic (HTTP Archives, VCR cassettes) and the recorders' filters.
    ...Object.entries(RECORDING_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: the look-alikes stay silent, unfilled placeholders warn, numbers are passwords.
    ...Object.entries(PARITY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // JS/TS, Python and Ruby: a literal in one branch of a choice whose other branch reads a credential's variable.
    ...Object.entries(CHOICE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS and Ruby: a function that only returns a literal is what its name says; JS's ??= and ||= to env vars.
    ...Object.entries(GETTER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS and Python: keyed values outside objects (Map/Headers entries, defineProperty, set_key, putenv, YAML in a string).
    ...Object.entries(ENTRY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS, Python, Ruby and config: a lone pass/pw beside a user; a bare token UUID beside its server's address.
    ...Object.entries(LONE_PASS_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(FOREIGN_NAME_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(VERTX_KEY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS, Python and Ruby: ciphers, MACs and key derivations given a literal key or password.
    ...Object.entries(CIPHER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS, Python and Ruby: logins and auth calls that take the password by position (jsforce, Redis AUTH, SASL, NTLM, M365).
    ...Object.entries(LOGIN_CALL_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS and Python: web-push's VAPID private key, Ably API keys; the VAPID public key stays silent.
    ...Object.entries(PUSH_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Scripts, RUN lines and CI steps: a file written by a heredoc, read in its format.
    ...Object.entries(HEREDOC_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, JS/TS, Ruby and YAML: a password or secret named after the project's own database, user or host.
    ...Object.entries(PROJECT_SECRET_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Ruby, Python, JS, PHP and Go: keys and passwords by position (aes, ruby-mysql, ruby-gmail, gomail's GitHub path, client factories).
    ...Object.entries(KEYED_SINK_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Where the language needs a compile-time constant: the finding stays, the fix is withheld.
    ...Object.entries(CONSTANT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // Ruby and JS/TS: API clients' positional tokens and bare keys, Koa's keys, declared settings' defaults.
    ...Object.entries(CLIENT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples })),
    // Java, Kotlin, Go and PHP: connection strings without a scheme, UI words naming a system, API signatures, key buffers.
    ...Object.entries(SERVICE_SHAPE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python and JS/TS SDK calls that take a secret by position or are built from one long key, service URLs with a key and secret, public client IDs.
    ...Object.entries(SDK_SINK_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: a literal through a pure encoder (quote, encodeURIComponent, Base64, QueryEscape, CGI.escape, urlencode), a URL composed around its password.
    ...Object.entries(ENCODER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(SEED_PASSWORD_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, Ruby, JS/TS and config: observability agents' keys (Honeycomb headers, header lists, SDK starters, .sentryclirc) and their public look-alikes.
    ...Object.entries(OBSERVABILITY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, JS and config: settings libraries' defaults (environs), Pipfile, bundler defines, Renovate, Bruno collections.
    ...Object.entries(CONFIG_LIBRARY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: a settings file (YAML, INI, env lines) written as one multi-line literal under a name.
    ...Object.entries(DOCUMENT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Go, JVM, Groovy, PHP and config: logins handed to drivers and admin scripts (Cassandra, Jenkins, Spark, php-amqplib, TOTP).
    ...Object.entries(DRIVER_LOGIN_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, Ruby and JS/TS: typed login passwords, password maps, DSL setters, env helpers' defaults, Odoo's config.
    ...Object.entries(LOGIN_SETTING_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, Ruby and JS/TS: NAME=value items of environment lists, WebCrypto raw keys, a key beside a user.
    ...Object.entries(ENVIRONMENT_LIST_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS, Python and config: hand-encoded Basic credentials, Stripe webhook secrets, app passwords, airflow.cfg, schema.prisma.
    ...Object.entries(HAND_WRITTEN_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, Ruby and JS/TS: command lines' environment items, URL signing keys, Ruby DSL files, .dev.vars.
    ...Object.entries(TOOLING_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: a password spelled after its account, the password a check accepts (`validPassword`), spaced salts.
    ...Object.entries(REAL_NAMED_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // PHP, Java and Kotlin: a bare `key` member named by its class or object (`class Encryption { $key }`, `object Jwt { KEY }`).
    ...Object.entries(TYPED_MEMBER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // YAML and PHP: GoFrame's database links, Redis' `auth`, EasySwoole's dev.php and GoFrame's hack/config.yaml.
    ...Object.entries(FRAMEWORK_LINK_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, Ruby and JS/TS: maps of user -> password the code compares with a typed password.
    ...Object.entries(PASSWORD_MAP_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(CATEGORY_MAP_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Java, Go, PHP and INI: secrets after access key ids, logins with the database last, salts, keys beside ciphers, Shiro users.
    ...Object.entries(PAIR_SHAPE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Python, Ruby and JS/TS: credential-named parameters in a URL's query.
    ...Object.entries(URL_QUERY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS: Egg's and Midway's generated keys; Alibaba Cloud key ids beside their secrets.
    ...Object.entries(GENERATED_KEY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: licence keys, HMAC keys, key pairs, sets of keys, names run together, an INI salt by its section.
    ...Object.entries(KEY_MATERIAL_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Go, Java, Kotlin and PHP: token maps under a field, a vendor's New, named pass beside user, container arguments, option defaults.
    ...Object.entries(HANDED_OVER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // A literal held by a local of any name, then handed to a password's place.
    ...Object.entries(HELD_LOCAL_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: chosen words in config only local development loads, local-only values, Algolia's search key.
    ...Object.entries(LOCAL_DEVELOPMENT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: chosen words in code only a development or debug run reaches, dev compose stacks and services.
    ...Object.entries(DEVELOPMENT_CODE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(STAGE_FLAG_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(LOGIN_BESIDE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Go, Python and JS/TS: a module's value another file hands to a secret-taking API as its key (sinkKeyUses).
    ...Object.entries(IMPORTED_KEY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JS/TS, Python, Ruby and YAML: public SDK key formats, credential names passed to lookups, config in data/, key bytes.
    ...Object.entries(VENDOR_SHAPE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: help text showing a connection URL's shape is prose, as a docstring is.
    ...Object.entries(PROSE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: a token's format or a URL password to a real host in a commented-out line.
    ...Object.entries(COMMENT_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: a stub of words naming a key, handed to the API that signs with it.
    ...Object.entries(KEY_STUB_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(DIGIT_RUN_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every config format: a counting run judged alike quoted or not (counting-run-examples.ts).
    ...Object.entries(COUNTING_RUN_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(WORD_AND_DIGITS_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(PASSWORD_OWNER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(PLACEHOLDER_FALLBACK_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(OWN_NAME_FALLBACK_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    { languages: ['javascript'], examples: HELD_OPTIONS_EXAMPLES },
    // Every language: stand-in words as the live signing key, own logins' placeholder fallbacks, first names as passwords, pair comparisons.
    ...Object.entries(LIVE_WORD_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: placeholder-shaped values that are the live value (a settings file nothing fills in, a production config, a lone config class).
    ...Object.entries(LIVE_PLACEHOLDER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(APP_SECTION_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Config readers: INI inline comments, env reads as text, stage blocks, test-run configs, AK/SK pairs, account keys.
    ...Object.entries(CONFIG_READING_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(PASSWORD_HASHER_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: word-like signing keys, a fill-me-in key in the loaded config, PIN codes, a MySQL DSN with no address.
    ...Object.entries(WORD_KEY_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: one answer per shape across signing-secret sinks, DSNs in JS/PHP, PINs in code, account keys beside endpoints.
    ...Object.entries(SINK_SHAPE_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: the held-out credential probe's shapes (round 25): pairs, positional SDK keys, numeric signing keys, scope.
    ...Object.entries(PROBE25C_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: probe 26c's value judgements: self-naming templates, fill-me-in fallbacks, stubs said louder or with a space.
    ...Object.entries(PROBE26C_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: probe 26c's reading, scope and data-flow shapes (round 26): key-named text files, config copies,
    // template keys in every format, production stage folders, literals to the file's own functions' credential parameters.
    ...Object.entries(PROBE26C_READING_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: probe 27c's shapes (round 27): user-as-password key by key, key-name constants, pawd, dev-only phrases.
    ...Object.entries(PROBE27C_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: probe 27c's files of secrets: a generator's commented template, name-less generated keys, dotenv's
    // literal upper-case words and key-file names, a mail app password in a development block.
    ...Object.entries(PROBE27C_SECRETS_FILES_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: the round-28 probes' values: a stage word before a chosen phrase, salts with a pattern's tokens, a signing key's own name.
    ...Object.entries(PROBE28_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(PROBE29C_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every language: the round-30 probe's patterns: long generated hex keys, filler before a chosen number, cookie-name labels.
    ...Object.entries(PROBE30C_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // JSON, YAML, TOML: a development switch counts only in a file the app picks by its stage (not a layered base config).
    ...Object.entries(STAGE_SWITCH_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    ...Object.entries(PROBE29B_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
    // Every format: the round-30 probe's compose defaults, quick-start passwords, bare JWT names, struct-tag fallbacks, command passwords.
    ...Object.entries(PROBE30_EXAMPLES).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
