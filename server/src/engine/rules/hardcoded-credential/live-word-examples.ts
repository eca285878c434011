// Word-like values that are the live credential (probe20): a tutorial's stand-in word (`'test'`, `'demo'`, `'example'`)
// handed to the API that signs or checks with the app's own key, or set as that key; a placeholder fallback of a login the
// app checks itself (`ADMIN_PASSWORD`, mongo-express's basic auth); a capitalised first name as a server's password; a
// password compared as one item of a pair (`[user, password] == ["admin", "…"]`); who an env file is for (a dev compose's
// `dev.env`). Hard negatives: tests, a vendor's client
// (`Stripe('test')`), a password sink's placeholder, another server's password fallback, UI labels, a state pair.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const STUB = ['placeholder never filled in'];
const LOGIN = ['lets anybody log in'];

export const LIVE_WORD_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "a vendor's client and a database driver given a stand-in word refuse it at first use; the signer given a variable",
        path: 'src/clients.js',
        code: "const Stripe = require('stripe');\nconst { Sequelize } = require('sequelize');\nconst jwt = require('jsonwebtoken');\nconst stripe = Stripe('test');\nconst db = new Sequelize('shop', 'shop', 'demo');\nconst sign = (p, key) => jwt.sign(p, key);\n",
      },
      {
        name: 'a test signs with a stand-in word on purpose',
        path: 'test/auth.test.js',
        code: "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ id: 1 }, 'test');\njwt.verify(token, 'test');\n",
      },
      {
        name: "another server's password falls back to a placeholder (it refuses the word), and a state pair compared as one",
        path: 'config.default.js',
        code: "module.exports = {\n  mongoPassword: getFileEnv('ME_CONFIG_MONGODB_ADMINPASSWORD') || 'changeme',\n  mail: process.env.MAIL_PASSWORD || 'changeme',\n};\nif (user === 'admin' && status === 'active') grant();\n",
      },
      {
        name: 'a capitalised word under a form\'s password label is the label',
        path: 'src/i18n.js',
        code: "module.exports = { ui: { passwordLabel: 'Password', password: 'Senha' } };\n",
      },
    ],
    invalid: [
      {
        name: "jsonwebtoken signs and verifies with a tutorial's stand-in word (MERN Memories' shape): the live key",
        path: 'server/middleware/auth.js',
        code: "import jwt from 'jsonwebtoken';\nexport const sign = (u) => jwt.sign({ id: u.id }, ⟦'test'⟧, { expiresIn: '1h' });\nexport const check = (t) => jwt.verify(t, ⟦'demo'⟧);\n",
        severity: 'warning',
        messageIncludes: STUB,
      },
      {
        name: 'a one-word constant that the verifier takes',
        path: 'server/middleware/legacy.js',
        code: "import jwt from 'jsonwebtoken';\nconst secret = ⟦'test'⟧;\nexport const check = (t) => jwt.verify(t, secret);\n",
        severity: 'warning',
      },
      {
        name: 'cookie-parser and express-session given stand-in words',
        path: 'index.js',
        code: "const session = require('express-session');\nconst cookieParser = require('cookie-parser');\napp.use(cookieParser(⟦'sample'⟧));\napp.use(session({ secret: ⟦'demo'⟧, store }));\n",
        severity: 'warning',
      },
      {
        name: "the app's own basic-auth and admin logins fall back to placeholder words, read directly or through an env helper (mongo-express)",
        path: 'config.default.js',
        code: "module.exports = {\n  basicAuth: { password: getFileEnv('ME_CONFIG_BASICAUTH_PASSWORD') || ⟦'demo'⟧ },\n  dashboard: { password: process.env.ADMIN_PASSWORD || ⟦'changeme'⟧ },\n};\n",
        severity: 'warning',
        messageIncludes: LOGIN,
      },
      {
        name: "a capitalised first name as a database's password (probe20, Alura): no label sits under db.password",
        path: 'src/config.js',
        code: "module.exports = { db: { user: 'clinica', password: ⟦'Marcela'⟧ } };\n",
        severity: 'error',
      },
      {
        name: 'a basic-auth check of a literal user and password',
        path: 'server.js',
        code: "function auth(user, pass) {\n  return user === 'admin' && pass === ⟦'Hx3mWq9c'⟧;\n}\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a mail server's password falls back to a placeholder, and a test signs with a stand-in word",
        path: 'app/__init__.py',
        code: "import os\nMAIL_PASSWORD = os.environ.get('MAIL_PASSWORD', 'changeme')\n",
      },
      { name: 'a test token', path: 'tests/test_auth.py', code: "import jwt\ntoken = jwt.encode({'sub': 1}, 'demo', algorithm='HS256')\n" },
      { name: 'a role and a state compared as a pair', path: 'app/roles.py', code: "def allowed(role, state):\n    return (role, state) == ('admin', 'active')\n" },
    ],
    invalid: [
      {
        name: "PyJWT encodes and decodes with a stand-in word; Flask's secret_key set to one",
        path: 'app/auth.py',
        code: "import jwt\nfrom flask import Flask\napp = Flask(__name__)\napp.secret_key = ⟦'example'⟧\ndef encode(p):\n    return jwt.encode(p, ⟦'demo'⟧, algorithm='HS256')\ndef decode(t):\n    return jwt.decode(t, ⟦'demo'⟧, algorithms=['HS256'])\n",
        severity: 'warning',
      },
      {
        name: 'the admin login falls back to a placeholder word',
        path: 'app/config.py',
        code: "import os\nADMIN_PASSWORD = os.environ.get('ADMIN_PASSWORD', ⟦'changeme'⟧)\n",
        severity: 'warning',
        messageIncludes: LOGIN,
      },
      {
        name: "a capitalised first name as Django's database password",
        path: 'school/settings.py',
        code: "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'USER': 'escola', 'PASSWORD': ⟦'Gustavo'⟧}}\n",
      },
      {
        name: 'a basic-auth check written as a tuple comparison',
        path: 'app.py',
        code: "def check_auth(username, password):\n    return (username, password) == ('admin', ⟦'Vt4nB8qz'⟧)\n",
      },
    ],
  },
  go: {
    valid: [{ name: 'the signer given the environment\'s key', path: 'handlers/auth.go', code: 'package handlers\n\nimport "os"\n\nfunc key() []byte { return []byte(os.Getenv("JWT_SECRET")) }\n' }],
    invalid: [
      {
        name: 'SignedString and the key function given a stand-in word',
        path: 'handlers/auth.go',
        code: 'package handlers\n\nimport "github.com/golang-jwt/jwt/v5"\n\nfunc sign(t *jwt.Token) (string, error) { return t.SignedString([]byte(⟦"test"⟧)) }\n',
        severity: 'warning',
      },
      {
        name: "a capitalised first name as a database config's password",
        path: 'config/database.go',
        code: 'package config\n\ntype DBConfig struct{ User, Password string }\n\nvar Default = DBConfig{User: "inventory", Password: ⟦"Fernanda"⟧}\n',
      },
    ],
  },
  java: {
    valid: [{ name: 'the signer given an injected key', path: 'src/main/java/app/Jwt.java', code: 'class Jwt {\n  String key;\n  Object alg() { return Algorithm.HMAC256(key); }\n}\n' }],
    invalid: [
      {
        name: 'java-jwt and jjwt given stand-in words',
        path: 'src/main/java/app/Jwt.java',
        code: 'import com.auth0.jwt.algorithms.Algorithm;\nimport io.jsonwebtoken.Jwts;\nimport io.jsonwebtoken.SignatureAlgorithm;\n\nclass Jwt {\n  Algorithm alg = Algorithm.HMAC256(⟦"example"⟧);\n  String sign(String s) { return Jwts.builder().setSubject(s).signWith(SignatureAlgorithm.HS512, ⟦"demo"⟧).compact(); }\n}\n',
        severity: 'warning',
      },
      {
        name: 'a capitalised first name handed to DriverManager.getConnection',
        path: 'src/main/java/app/ConnectionFactory.java',
        code: 'import java.sql.DriverManager;\n\nclass ConnectionFactory {\n  Object open(String url) throws Exception { return DriverManager.getConnection(url, "agenda", ⟦"Rodrigo"⟧); }\n}\n',
      },
    ],
  },
  php: {
    valid: [{ name: 'a form label under a password key', path: 'index.php', code: "<?php\n$labels = ['password' => 'Senha', 'username' => 'Usuário'];\n" }],
    invalid: [
      {
        name: 'firebase/php-jwt encodes and decodes with a stand-in word',
        path: 'src/TokenService.php',
        code: "<?php\nuse Firebase\\JWT\\JWT;\nuse Firebase\\JWT\\Key;\n$jwt = JWT::encode($payload, ⟦'example'⟧, 'HS256');\n$data = JWT::decode($jwt, new Key(⟦'example'⟧, 'HS256'));\n",
        severity: 'warning',
      },
      {
        name: "a capitalised first name as a defined database password (probe20, Alura's PDO course)",
        path: 'classes/config.php',
        code: "<?php\ndefine('DB_USERNAME', 'root');\ndefine('DB_PASSWORD', ⟦'Bernardo'⟧);\n",
      },
    ],
  },
  ruby: {
    valid: [
      { name: 'a role and a state compared as a pair', path: 'lib/roles.rb', code: 'def allowed?(role, status)\n  [role, status] == ["admin", "active"]\nend\n' },
      { name: 'a pair compared with the environment', path: 'config.ru', code: "Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|\n  [user, password] == [ENV['SIDEKIQ_USER'], ENV['SIDEKIQ_PASSWORD']]\nend\n" },
    ],
    invalid: [
      {
        name: 'ruby-jwt encodes and decodes with a stand-in word',
        path: 'lib/auth_token.rb',
        code: 'module AuthToken\n  def self.issue(p) = JWT.encode(p, ⟦"test"⟧, "HS256")\n  def self.decode(t) = JWT.decode(t, ⟦"test"⟧, true, algorithm: "HS256")\nend\n',
        severity: 'warning',
      },
      {
        name: "Sidekiq Web's basic auth as an array comparison (probe20, sinatra-api)",
        path: 'config/initializers/sidekiq.rb',
        code: 'Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|\n  [user, password] == ["admin", ⟦"Kq7vRw2p"⟧]\nend\n',
      },
      {
        name: 'the same pair written as a %w word array (no fix: an env read cannot stand inside it)',
        path: 'lib/admin_auth.rb',
        code: 'def valid?(user, password)\n  [user, password] == %w[ops ⟦hunter-Larch9⟧]\nend\n',
      },
    ],
  },
  toml: {
    valid: [
      {
        name: 'a public key in a string TOML forbids is no secret',
        path: 'configs/app.toml',
        code: "[rsa]\npublic = '-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf\n-----END PUBLIC KEY-----'\n",
      },
    ],
    invalid: [
      {
        name: "a private key in a single-quoted string over many lines, which TOML forbids (go-gin-api's config): found by its format",
        path: 'configs/fat_configs.toml',
        code: "[rsa]\nprivate = '⟦-----BEGIN RSA PRIVATE KEY-----⟧\nMIIEogIBAAKCAQEAk31nfN/N3tm5Hsl9EYhlHoJcQwcc9mYlWdI32Va50oZ5kax5\nUtb+Qa9gsUvgDsze7z8E69hy2YreDK4UWusn0VlOLej+rzwagu8EMzIfWumqAquH\n-----END RSA PRIVATE KEY-----'\n",
        severity: 'error',
      },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      {
        name: "an env file named for development, read by a dev compose's env_file (probe20): a chosen word there is information",
        path: '.docker/dev.env',
        code: 'FLASK_ENV=development\nSECRET_KEY=⟦local-dev-key⟧\n',
        options: { gitIgnored: false },
        severity: 'info',
      },
      {
        name: "a committed .env.production is a deploy's own settings in the repository even with empty keys (probe20's Monica, judged a false alarm there, kept: corpus labels laravel-tickets and ruoyi-ui say so)",
        path: 'scripts/docker/.env.production',
        code: '⟦APP_ENV⟧=production\nAPP_KEY=\nLOG_CHANNEL=stderr\n',
        options: { gitIgnored: false },
        severity: 'warning',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a compose example's chosen password default stays a local stack's",
        path: 'compose.example.yml',
        code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-finance_password}\n',
      },
    ],
    invalid: [
      {
        name: "a self-hosting compose example's generated default of the app's own signing secret (probe20, Maybe): every deploy that copies it signs with it",
        path: 'compose.example.yml',
        code: 'services:\n  web:\n    image: ghcr.io/example/finance:latest\n    environment:\n      SECRET_KEY_BASE: ${SECRET_KEY_BASE:-⟦38596c8615d31305fcaa7677e2d16a517b33d72f1f195888c52892f3db0ab102519ce2ed014a1a344ecb0dd0d76fab82da844ca32ccedf70a85f651523bab47d⟧}\n',
        severity: 'warning',
        messageIncludes: ['copies this example'],
      },
    ],
  },
};
