// A run of digits (`123456`, `1234`, `000000`) under a password's name or handed to a login is the password the
// app logs in with: the weakest there is, and the most common one in public apps (JDBC's getConnection, mysqli,
// compose environments, Spring properties). A warning, not an error: templates write the same runs as filler.
// Left alone: a comparison (a strength check), a default or reset password of the app's accounts, other names (a token's or an id's digits).
// A secret key's own name (`SECRET_KEY = "123456789"`) counts as a password's: the digits are the key it signs with.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const WEAK = { severity: 'warning' as const, messageIncludes: ['run of digits'] };

export const DIGIT_RUN_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  dotenv: {
    valid: [
      { name: "a template's counting run is the placeholder it should hold", path: '.env.example', code: 'TOKEN_SYMMETRIC_KEY=12345678901234567890123456789012\n' },
      { name: 'a counting run under a name that is no key, and a run of another length', path: 'app.env', code: 'ORDER_SEED=12345678901234567890123456789012\nSIGNING_KEY=123456789\n', options: { gitIgnored: false } },
    ],
    invalid: [
      {
        name: "a counting run sized to a key (32 digits: PASETO, AES-256) in the app's env file is the key it runs with (techschool's simplebank app.env)",
        path: 'app.env',
        code: 'HTTP_SERVER_ADDRESS=0.0.0.0:8080\nTOKEN_SYMMETRIC_KEY=⟦12345678901234567890123456789012⟧\n',
        severity: 'warning',
        messageIncludes: ['counting run of digits sized to a key'],
        options: { gitIgnored: false },
      },
    ],
  },
  javascript: {
    valid: [
      { name: 'a strength check compares with the run', path: 'src/users/validate.js', code: `export function check(password) {\n  if (password === '123456') throw new Error('too weak');\n}\n` },
      { name: 'a run under no password name', path: 'src/config.js', code: `export const config = { token: '0000', retries: '1234' };\n` },
      { name: "the password reset accounts get", path: 'src/users/reset.js', code: `const DEFAULT_PASSWORD = '123456';\nexport const reset = (user) => user.setPassword(DEFAULT_PASSWORD);\n` },
    ],
    invalid: [
      { name: 'a pool given the run', path: 'src/db.js', code: `const mysql = require('mysql2');\nmodule.exports = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', password: ⟦'123456'⟧ });\n`, ...WEAK },
      { name: 'a password constant', path: 'src/mail.ts', code: `export const SMTP_PASSWORD = ⟦'1234'⟧;\n`, ...WEAK },
      { name: 'three digits are a run too', path: 'src/db/knexfile.js', code: `module.exports = { client: 'pg', connection: { host: process.env.DB_HOST, password: ⟦'123'⟧ } };\n`, ...WEAK },
      { name: 'in a test, information', path: 'test/db.test.js', code: `const password = ⟦'123456'⟧;\n`, severity: 'info' },
    ],
  },
  python: {
    valid: [
      { name: 'a strength check', path: 'app/forms.py', code: `def validate(password):\n    if password == "123456":\n        raise ValueError("too weak")\n` },
      { name: "a secret key's length and a template's id are numbers, not the key", path: 'instance/config.py', code: `class BaseConfig:\n    SECRET_KEY_LENGTH = "123456789"\n    SMS_TEMPLATE_ID = "123456789"\n    API_TOKEN = "0000"\n` },
    ],
    invalid: [
      { name: "Django's DATABASES and a driver's password", path: 'app/settings.py', code: `DATABASES = {"default": {"ENGINE": "django.db.backends.mysql", "PASSWORD": ⟦"123456"⟧}}\n`, ...WEAK },
      { name: "a connection URL's password", path: 'app/db.py', code: `from sqlalchemy import create_engine\n\nengine = create_engine('mysql+pymysql://root:⟦123456⟧@db.internal:3306/shop')\n`, ...WEAK },
      { name: 'psycopg2.connect(password=)', path: 'app/db.py', code: `import os\nimport psycopg2\n\nconn = psycopg2.connect(host=os.environ["DB_HOST"], password=⟦"1234"⟧)\n`, ...WEAK },
      {
        name: "a digit run under a secret key's name is the key the app signs with, weak as a digit password (a Flask production config class)",
        path: 'instance/config.py',
        code: `class ProConfig(object):\n    DEBUG = False\n    SECRET_KEY = ⟦"123456789"⟧\n    CSRF_SECRET_KEY = ⟦"11111111"⟧\n`,
        ...WEAK,
      },
    ],
  },
  go: {
    valid: [{ name: 'the password new users get', path: 'internal/user/reset.go', code: `package user\n\nconst defaultResetPassword = "123456"\n` }],
    invalid: [
      { name: 'a libpq keyword DSN', path: 'cmd/web/main.go', code: `package main\n\nconst dsn = "host=db port=5432 dbname=bookings user=app password=⟦12345678⟧"\n`, ...WEAK },
      { name: 'a password variable', path: 'cmd/api/main.go', code: `package main\n\nfunc dsn() string {\n\tpassword := ⟦"123456"⟧\n\treturn "shop:" + password + "@tcp(db:3306)/shop"\n}\n`, ...WEAK },
    ],
  },
  java: {
    valid: [{ name: 'the initial password of new admins', path: 'src/main/java/com/acme/AdminService.java', code: `class AdminService {\n  private static final String INITIAL_PASSWORD = "123456";\n}\n` }],
    invalid: [
      { name: 'DriverManager.getConnection given the run', path: 'src/main/java/com/acme/Db.java', code: `class Db {\n  java.sql.Connection open() throws Exception {\n    return java.sql.DriverManager.getConnection(System.getenv("JDBC_URL"), "root", ⟦"1234"⟧);\n  }\n}\n`, ...WEAK },
    ],
  },
  php: {
    valid: [{ name: 'a strength check', path: 'src/Validator.php', code: `<?php\nif ($password === '123456') {\n    throw new InvalidArgumentException('too weak');\n}\n` }],
    invalid: [
      { name: 'new mysqli and new PDO given runs', path: 'src/db.php', code: `<?php\n$conn = new mysqli(getenv('DB_HOST'), 'root', ⟦'1234'⟧, 'shop');\n$pdo = new PDO(getenv('DSN'), 'app', ⟦'000000'⟧);\n`, ...WEAK },
    ],
  },
  ruby: {
    valid: [{ name: 'a strength check', path: 'app/models/user.rb', code: `class User\n  def weak?\n    password == "123456"\n  end\nend\n` }],
    invalid: [{ name: 'Mysql2 client given the run', path: 'app/lib/db.rb', code: `DB = Mysql2::Client.new(host: ENV.fetch("DB_HOST"), password: ⟦"123456"⟧)\n`, ...WEAK }],
  },
  yaml: {
    valid: [{ name: 'a length or a port under other names', path: 'config/app.yml', code: `auth:\n  password_min_length: 123456\n  port: 1234\n` }],
    invalid: [
      { name: 'a compose environment, quoted or a number', path: 'docker-compose.yml', code: `services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦123456⟧\n      MYSQL_PASSWORD: ⟦"1234"⟧\n`, ...WEAK },
      { name: 'a number under a password key that is no run: an error', path: 'config/app.yml', code: `db:\n  password: ⟦6742531⟧\n`, severity: 'error' },
    ],
  },
  json: {
    valid: [{ name: 'numbers under other names', path: 'config/default.json', code: `{"db": {"timeout": 123456, "port": 1234}}\n` }],
    invalid: [{ name: 'a number under a password key', path: 'config/default.json', code: `{"db": {"user": "shop", "password": ⟦123456⟧}}\n`, ...WEAK }],
  },
  properties: {
    valid: [{ name: 'the password from the environment', path: 'src/main/resources/application.properties', code: `spring.datasource.password=\${DB_PASSWORD}\n` }],
    invalid: [{ name: "Spring's datasource password", path: 'src/main/resources/application.properties', code: `spring.datasource.url=\${JDBC_URL}\nspring.datasource.password=⟦123456⟧\n`, ...WEAK }],
  },
};
