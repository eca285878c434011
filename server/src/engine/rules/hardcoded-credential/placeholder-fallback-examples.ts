// A fill-me-in word as the fallback of a secret the app signs and checks with itself (`JWT_SECRET || 'changeme'`):
// a deploy that forgets the variable still starts and signs with a public word, so a warning in every language.
// A password's or a vendor key's placeholder fallback fails at first use and stays silent, as do tests and
// Laravel's own template default (`env('APP_KEY', 'SomeRandomString')`, Laravel 5.0-5.1).
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PLACEHOLDER_FALLBACK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [
      {
        name: "a password's, a vendor key's and a non-secret's placeholder fallback, an empty fallback, and a test's",
        path: 'src/config/auth.ts',
        code: "export const config = {\n  dbPassword: process.env.PGPASSWORD || 'changeme',\n  mapsKey: process.env.MAPS_API_KEY || 'changeme',\n  stripeKey: process.env.STRIPE_SECRET_KEY || 'changeme',\n  ttl: process.env.TOKEN_TTL || 'default',\n  sessionSecret: process.env.SESSION_SECRET || '',\n};\n",
      },
      { name: 'a test signs with a placeholder on purpose', path: 'test/auth.test.ts', code: "const secret = process.env.JWT_SECRET || 'changeme';\n" },
    ],
    invalid: [
      {
        name: "the signing secret falls back to a fill-me-in word, a key stub or 'default' (gobarber's APP_SECRET)",
        path: 'src/config/auth.ts',
        code: "export default {\n  jwt: { secret: process.env.APP_SECRET || ⟦'default'⟧ },\n  refresh: process.env.JWT_REFRESH_SECRET ?? ⟦'secret'⟧,\n  session: process.env.SESSION_SECRET || ⟦'changeme'⟧,\n};\n",
        severity: 'warning',
        messageIncludes: ['reads like a placeholder', 'still starts'],
      },
    ],
  },
  python: {
    valid: [{ name: "a mail password's placeholder fallback", path: 'clinic/config.py', code: 'import os\n\nMAIL_PASSWORD = os.getenv("MAIL_PASSWORD", "changeme")\nSENTRY_ENVIRONMENT = os.getenv("SENTRY_ENVIRONMENT", "default")\n' }],
    invalid: [
      {
        name: "Flask's SECRET_KEY and JWT_SECRET_KEY fall back to placeholder words",
        path: 'clinic/config.py',
        code: 'import os\n\nclass Config:\n    SECRET_KEY = os.getenv("SECRET_KEY", ⟦"changeme"⟧)\n    JWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", ⟦"default"⟧)\n',
        severity: 'warning',
      },
    ],
  },
  ruby: {
    valid: [{ name: "a database's password falls back to a placeholder word: the server refuses it at the first connection", path: 'config/initializers/db.rb', code: 'DB_PASSWORD = ENV.fetch("DB_PASSWORD", "changeme")\n' }],
    invalid: [
      { name: 'the JWT secret falls back to a placeholder word', path: 'config/initializers/jwt.rb', code: 'JWT_SECRET = ENV.fetch("JWT_SECRET", ⟦"changeme"⟧)\n', severity: 'warning' },
      {
        name: "the admin login the app checks itself falls back to a placeholder word (probe20): every deploy that forgets the variable has it",
        path: 'config/initializers/admin.rb',
        code: 'ADMIN_PASSWORD = ENV.fetch("ADMIN_PASSWORD", ⟦"changeme"⟧)\n',
        severity: 'warning',
        messageIncludes: ['lets anybody log in'],
      },
      {
        name: "Sidekiq's web UI behind the app's own basic auth falls back to the stock word 'secret' (a job dashboard's login)",
        path: 'config/initializers/sidekiq.rb',
        code: "Sidekiq::Web.use Rack::Auth::Basic do |username, password|\n  web_password = ENV['SIDEKIQ_PASSWORD'] || ⟦'secret'⟧\n  username == 'admin' && password == web_password\nend\n",
        severity: 'warning',
      },
      {
        name: "a phrase in ENV.fetch's block as the app's secret (Sinatra's configure): the secret a deploy that forgets SECRETS signs with",
        path: 'app.rb',
        code: "class App < Sinatra::Base\n  configure do\n    set :port, ENV.fetch('APP_PORT') { 4567 }\n    set :secrets, ENV.fetch('SECRETS') { ⟦'NOBODY WILL EVER GUESS'⟧ }\n    set :session_secret, ENV.fetch('APP_SECRET') { ⟦'nobody will ever guess me'⟧ }\n  end\nend\n",
      },
    ],
  },
  php: {
    valid: [
      {
        name: "Laravel 5.0's own template default for APP_KEY stays as it is",
        path: 'config/app.php',
        code: "<?php\n\nreturn [\n    'key' => env('APP_KEY', 'SomeRandomString'),\n    'cipher' => 'AES-256-CBC',\n];\n",
      },
    ],
    invalid: [{ name: "jwt-auth's secret falls back to a placeholder word", path: 'config/jwt.php', code: "<?php\n\nreturn [\n    'secret' => env('JWT_SECRET', ⟦'changeme'⟧),\n];\n", severity: 'warning' }],
  },
  go: {
    valid: [{ name: "a database password's placeholder fallback", path: 'internal/config/env.go', code: 'package config\n\nfunc dbPassword() string {\n\treturn getEnv("DB_PASSWORD", "changeme")\n}\n' }],
    invalid: [
      {
        name: "a getEnv helper's fallback for the JWT secret",
        path: 'internal/config/env.go',
        code: 'package config\n\nimport "os"\n\nfunc getEnv(key, fallback string) string {\n\tif value, ok := os.LookupEnv(key); ok {\n\t\treturn value\n\t}\n\treturn fallback\n}\n\nvar JWTSecret = getEnv("JWT_SECRET", ⟦"changeme"⟧)\n',
        severity: 'warning',
      },
    ],
  },
  java: {
    valid: [{ name: "an admin password's placeholder default", path: 'src/main/java/com/mallpay/Admin.java', code: 'package com.mallpay;\n\npublic class Admin {\n    @Value("${mall.admin.password:changeme}")\n    private String adminPassword;\n}\n' }],
    invalid: [
      {
        name: "@Value's default for the JWT secret is a placeholder word",
        path: 'src/main/java/com/mallpay/security/JwtTokenProvider.java',
        code: 'package com.mallpay.security;\n\npublic class JwtTokenProvider {\n    @Value("${jwt.secret:⟦changeme⟧}")\n    private String jwtSecret;\n}\n',
        severity: 'warning',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a password's placeholder default, Micronaut's generated secret, and a compose default (a local stack's)",
        path: 'src/main/resources/application.yml',
        code: 'datasources:\n  default:\n    password: ${DB_PASSWORD:changeme}\nmicronaut:\n  security:\n    token:\n      jwt:\n        signatures:\n          secret:\n            generator:\n              secret: ${JWT_GENERATOR_SIGNATURE_SECRET:pleaseChangeThisSecretForANewOne}\n',
      },
    ],
    invalid: [
      {
        name: "a Spring placeholder's default for the JWT secret is a placeholder word",
        path: 'src/main/resources/application.yml',
        code: 'jwt:\n  secret: ${JWT_SECRET:⟦changeme⟧}\n  expiration: 86400\n',
        severity: 'warning',
      },
      {
        name: "a phrase as ENV.fetch's block default in ERB inside YAML: the app's secret when SECRETS is unset",
        path: 'config.yml',
        code: "default: &default\n  secrets: <%= ENV.fetch('SECRETS') { '⟦NOBODY WILL EVER GUESS⟧' } %>\n  title: <%= ENV.fetch('APP_TITLE') { 'My secret garden' } %>\n",
      },
    ],
  },
};
