// A fallback of chosen words and then the key's own name, under a secret the app signs with itself (own-name-fallback.ts):
// the same warning `'default'` there gets, in every language and in Spring's and HOCON's config defaults (a compose default
// stays compose's own). Stage words, another party's key and constants stay silent.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const WARNING = { severity: 'warning' as const, messageIncludes: ['fallback', 'still starts'] };

export const OWN_NAME_FALLBACK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "a stage word in the fallback, another party's key, a CSRF key's own name, and a constant that spells its name",
        path: 'notes/config.py',
        code: 'import os\n\nclass Config:\n    JWT_SECRET = os.getenv("JWT_SECRET", "local-dev-only-jwt-secret")\n    STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "shop_stripe_secret_key")\n    WTF_CSRF_SECRET_KEY = os.environ.get("WTF_CSRF_SECRET_KEY", "csrf_secret_key")\n\nEXPIRED_TOKEN = "expired_token"\n',
      },
    ],
    invalid: [
      {
        name: "Django's SECRET_KEY falls back to the app's word and the key's name (probe25: Team-J's settings.py)",
        path: 'shop/settings.py',
        code: "import os\n\nSECRET_KEY = os.environ.get('SECRET_KEY', ⟦'standard_secret_key'⟧)\n",
        ...WARNING,
      },
      {
        name: "a Flask config's `or` fallback of chosen words and the key's name (prototype_starter_pack)",
        path: 'app/config.py',
        code: "import os\n\nclass Config(object):\n    SECRET_KEY = os.environ.get('SECRET_KEY') or ⟦'our-very-secret-key'⟧\n",
        ...WARNING,
      },
    ],
  },
  javascript: {
    valid: [{ name: "a session cookie's name falls back to the app's words", path: 'src/config/index.js', code: "module.exports = { sessionName: process.env.SESSION_NAME || 'board_session' };\n" }],
    invalid: [
      {
        name: "a JWT secret falls back to the app's name and the key's",
        path: 'src/config/index.js',
        code: "module.exports = { jwtSecret: process.env.JWT_SECRET || ⟦'board-jwt-secret'⟧ };\n",
        ...WARNING,
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: "a Spring @Value default of the app's name and the key's, already an error, stays one",
        path: 'src/main/java/a/JwtConfig.java',
        code: '@Component\npublic class JwtConfig {\n    @Value("${jwt.secret:⟦ledger-jwt-secret⟧}")\n    private String secret;\n}\n',
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      {
        name: "ENV.fetch's block gives the session secret the app's name and the key's",
        path: 'lib/settings.rb',
        code: 'SESSION_SECRET = ENV.fetch("SESSION_SECRET") { ⟦"pager_session_secret"⟧ }\n',
        ...WARNING,
      },
    ],
  },
  properties: {
    valid: [
      {
        name: "another party's key under its own name, and an empty default",
        path: 'src/main/resources/application.properties',
        code: 'stripe.secret-key=${STRIPE_SECRET_KEY:shop-stripe-secret-key}\nroster.reports.link-secret=${ROSTER_REPORT_LINK_SECRET:}\n',
      },
    ],
    invalid: [
      {
        name: "Spring's placeholder default of the app's words and the key's name, as `process.env.JWT_SECRET || '…'` in code",
        path: 'src/main/resources/application-prod.properties',
        code: 'roster.jwt.secret=${ROSTER_JWT_SECRET:⟦roster-jwt-secret⟧}\nroster.session.signing-secret=${ROSTER_SESSION_SIGNING_SECRET:⟦rota-signing-secret⟧}\n',
        ...WARNING,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a compose default of the same words is a local stack's (compose's policy), and a stage word in Spring's",
        path: 'docker-compose.yml',
        code: 'services:\n  api:\n    image: shop/api\n    environment:\n      SESSION_SECRET: ${SESSION_SECRET:-shop-session-secret}\n',
      },
      { name: 'a stage word in a Spring default', path: 'src/main/resources/application.yml', code: 'app:\n  session-secret: ${SESSION_SECRET:dev-session-secret}\n' },
    ],
    invalid: [
      {
        name: "a Spring YAML placeholder default of the app's word and a cookie secret's name",
        path: 'src/main/resources/application.yml',
        code: 'roster:\n  session:\n    cookie-secret: ${ROSTER_COOKIE_SECRET:⟦roster-cookie-secret⟧}\n    timeout: 30m\n',
        ...WARNING,
      },
    ],
  },
  hocon: {
    valid: [
      {
        name: 'a stage word before the substitution, and a literal nothing overrides judged as before',
        path: 'src/main/resources/application.conf',
        code: 'admin {\n  secret = "local-admin-secret"\n  secret = ${?ADMIN_SECRET}\n}\njwt {\n  issuer = "tally"\n}\n',
      },
    ],
    invalid: [
      {
        name: "Ktor's JWT secret: a literal of the app's word and the key's name before `${?JWT_SECRET}`",
        path: 'src/main/resources/application.conf',
        code: 'jwt {\n  secret = "⟦tally-jwt-secret⟧"\n  secret = ${?JWT_SECRET}\n  issuer = "tally"\n}\nsession {\n  secret = "⟦tally-session-secret⟧"\n  secret = ${?SESSION_SECRET}\n}\n',
        ...WARNING,
      },
    ],
  },
};
