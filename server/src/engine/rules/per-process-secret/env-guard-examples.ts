// A random key only when no value was configured, in every language it is written in (env-guard.ts, jvm.ts): a guard
// after an environment read, a `||=`, Spring's `@Value` SpEL default and a `@ConfigurationProperties` default. Information,
// as the `or` fallbacks are; the same key made with no read before it, or a guard that tests a stage, stays a warning.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const INFO = { severity: 'info' as const, messageIncludes: ['environment variable', 'development convenience'] };

export const ENV_GUARD_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [],
    invalid: [
      {
        name: 'an empty environment value replaced by a random key; a plain `key` is named by the variable it reads',
        path: 'cmd/guestbook/main.go',
        code: 'package main\n\nfunc main() {\n\tkey := os.Getenv("SESSION_KEY")\n\tif key == "" {\n\t\tkey = ⟦string(securecookie.GenerateRandomKey(32))⟧\n\t}\n\thashKey := []byte(os.Getenv("SESSION_HASH_KEY"))\n\tif len(hashKey) == 0 {\n\t\thashKey = ⟦securecookie.GenerateRandomKey(64)⟧\n\t}\n\tstore := sessions.NewCookieStore(hashKey, []byte(key))\n\t_ = store\n}\n',
        ...INFO,
      },
      {
        name: "the else branch of a LookupEnv guard",
        path: 'internal/web/auth.go',
        code: 'package web\n\nvar jwtKey []byte\n\nfunc init() {\n\tif v, ok := os.LookupEnv("JWT_SIGNING_KEY"); ok && v != "" {\n\t\tjwtKey = []byte(v)\n\t} else {\n\t\tjwtKey = ⟦securecookie.GenerateRandomKey(32)⟧\n\t}\n}\n',
        ...INFO,
      },
      {
        name: 'a guard on a stage, not on the variable: production makes its own key on purpose',
        path: 'internal/web/auth.go',
        code: 'package web\n\nvar jwtKey []byte\n\nfunc init() {\n\tif os.Getenv("APP_ENV") == "production" {\n\t\tjwtKey = ⟦securecookie.GenerateRandomKey(32)⟧\n\t}\n}\n',
        severity: 'warning',
      },
    ],
  },
  python: {
    valid: [],
    invalid: [
      {
        name: 'an `if not` guard after os.environ.get, and an `== ""` one after os.getenv',
        path: 'pantry/__init__.py',
        code: 'import os, secrets\n\ndef create_app():\n    secret_key = os.environ.get("FLASK_SECRET_KEY")\n    if not secret_key:\n        secret_key = ⟦secrets.token_hex(32)⟧\n    jwt_secret = os.getenv("JWT_SECRET_KEY", "")\n    if jwt_secret == "":\n        jwt_secret = ⟦secrets.token_urlsafe(48)⟧\n    app.secret_key = secret_key\n',
        ...INFO,
      },
      {
        name: 'a guard on the name with no environment read before it: a key made at every start',
        path: 'pantry/signing.py',
        code: 'import secrets\n\nSIGNING_KEY = None\n\ndef init_signing(app):\n    global SIGNING_KEY\n    if SIGNING_KEY is None:\n        SIGNING_KEY = ⟦secrets.token_bytes(32)⟧\n',
        severity: 'warning',
      },
    ],
  },
  javascript: {
    valid: [],
    invalid: [
      {
        name: 'an `if (!secret)` guard after process.env',
        path: 'src/app.js',
        code: "let cookieSecret = process.env.COOKIE_SECRET;\nif (!cookieSecret) {\n  cookieSecret = ⟦crypto.randomBytes(32).toString('hex')⟧;\n}\napp.keys = [cookieSecret];\n",
        ...INFO,
      },
    ],
  },
  typescript: {
    valid: [],
    invalid: [
      {
        name: 'a `||=` after process.env, and a typed variable tested for emptiness',
        path: 'src/tokens.ts',
        code: "let jwtSecret = process.env.JWT_SECRET;\njwtSecret ||= ⟦randomUUID()⟧;\nlet refreshSecret: string | undefined = process.env.REFRESH_TOKEN_SECRET;\nif (refreshSecret === undefined || refreshSecret.length === 0) {\n  refreshSecret = ⟦randomBytes(48).toString('base64url')⟧;\n}\n",
        ...INFO,
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      {
        name: 'a modifier guard, a `||=` and an `unless` block after ENV reads',
        path: 'config/settings.rb',
        code: "session_secret = ENV['SESSION_SECRET']\nsession_secret = ⟦SecureRandom.hex(64)⟧ if session_secret.nil? || session_secret.empty?\njwt_secret = ENV['JWT_SECRET']\njwt_secret ||= ⟦SecureRandom.hex(32)⟧\nhmac_secret = ENV['LEDGER_HMAC_SECRET']\nunless hmac_secret && !hmac_secret.empty?\n  hmac_secret = ⟦SecureRandom.hex(32)⟧\nend\n",
        ...INFO,
      },
    ],
  },
  php: {
    valid: [],
    invalid: [
      {
        name: 'guards after getenv and $_ENV',
        path: 'config/settings.php',
        code: "<?php\n$jwtSecret = getenv('JWT_SECRET');\nif ($jwtSecret === false || $jwtSecret === '') {\n    $jwtSecret = ⟦bin2hex(random_bytes(32))⟧;\n}\n$sessionKey = $_ENV['SESSION_KEY'] ?? '';\nif (empty($sessionKey)) {\n    $sessionKey = ⟦bin2hex(random_bytes(32))⟧;\n}\nreturn ['jwt' => ['secret' => $jwtSecret]];\n",
        ...INFO,
      },
    ],
  },
  java: {
    valid: [
      {
        name: 'a random SpEL default of a request id, and a @Value with no default',
        path: 'src/main/java/com/roster/Trace.java',
        code: '@Component\nclass Trace {\n  @Value("${app.instance-id:#{T(java.util.UUID).randomUUID().toString()}}")\n  private String instanceId;\n  @Value("${roster.jwt.secret}")\n  private String secret;\n}\n',
      },
    ],
    invalid: [
      {
        name: "Spring's @Value with a random SpEL default, and a @ConfigurationProperties field's random default",
        path: 'src/main/java/com/roster/JwtService.java',
        code: '@Service\nclass JwtService {\n  @Value(⟦"${roster.jwt.secret:#{T(java.util.UUID).randomUUID().toString()}}"⟧)\n  private String secret;\n}\n\n@ConfigurationProperties(prefix = "roster.session")\nclass SessionProperties {\n  private String signingSecret = ⟦UUID.randomUUID().toString()⟧;\n}\n',
        ...INFO,
      },
      {
        name: 'a remember-me key made by a @Bean',
        path: 'src/main/java/com/roster/RememberMeConfig.java',
        code: '@Configuration\nclass RememberMeConfig {\n  @Bean\n  SecretKey rememberMeKey() throws Exception {\n    return ⟦KeyGenerator.getInstance("HmacSHA256").generateKey()⟧;\n  }\n}\n',
        severity: 'warning',
      },
    ],
  },
  kotlin: {
    valid: [
      { name: "a data class's random default that is no configuration: a record's", path: 'src/main/kotlin/com/roster/Device.kt', code: 'data class Device(val pairingSecret: String = UUID.randomUUID().toString())\n' },
    ],
    invalid: [
      {
        name: "a @Value constructor parameter's SpEL default and a @ConfigurationProperties data class's default",
        path: 'src/main/kotlin/com/roster/ReportTokens.kt',
        code: '@Service\nclass ReportTokens(@Value(⟦"\\${roster.reports.secret:#{T(java.util.UUID).randomUUID()}}"⟧) private val secret: String)\n\n@ConfigurationProperties(prefix = "roster.reports")\ndata class ReportProperties(val linkSecret: String = ⟦UUID.randomUUID().toString()⟧, val ttlMinutes: Long = 30)\n',
        ...INFO,
      },
    ],
  },
};
