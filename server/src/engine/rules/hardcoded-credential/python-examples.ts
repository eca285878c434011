// Python examples. Fixture secrets are generated at random, never real or documented keys.
import type { Examples, InvalidExample, ValidExample } from '../../rule';

/** Offsets of `text` in the example's code once the ⟦ ⟧ markers are stripped (for fix spans). */
function spanIn(marked: string, text: string): { start: number; end: number } {
  const code = marked.replace(/[⟦⟧]/g, '');
  const start = code.indexOf(text);
  return { start, end: start + text.length };
}

const DJANGO_KEY = `SECRET_KEY = ⟦'django-insecure-3enPO9rc6ygAIKiKl3urSudUOdYGpPU8BtR2DvW9'⟧\n`;
const GETENV = `SECRET_KEY = os.getenv('SECRET_KEY', ⟦'k3y-Fa11back-77'⟧)\n`;
const OR_FALLBACK = `import os\nDB_PASSWORD = os.environ.get('DB_PASSWORD') or ⟦'Pg-Pass-0192'⟧\n`;

const invalid: InvalidExample[] = [
  {
    name: "a password table whose values share a prefix but end in no key's noun, and a lone prefixed password",
    path: 'app/users.py',
    code: `USER_PASSWORDS = {"alice": ⟦"pw_k3xq9v"⟧, "bob": ⟦"pw_7hzt2m"⟧, "carol": ⟦"pw_w8rn4c"⟧}\nDB = {"password": ⟦"admin_pass"⟧}\n`,
  },
  {
    name: "a command's words passed one by one: the literal after -p beside -u, after --token",
    path: 'noxfile.py',
    code: `import nox\n\n@nox.session\ndef publish(session):\n    session.run("twine", "upload", "-u", "__token__", "-p", ⟦"snwWd3!XIENe#R906"⟧, "dist/*")\n    session.run("gh", "release", "upload", "--token", ⟦"b7Xq2Lm9Rv4Tz8Kp3Wc6Nd1F"⟧)\n`,
  },
  {
    name: 'Django SECRET_KEY committed with the project',
    path: 'mysite/settings.py',
    code: `import os\n\n${DJANGO_KEY}DEBUG = False\n`,
    messageIncludes: ['Factor III', 'hardcoded secret key', '"SECRET_KEY"', 'os.environ["SECRET_KEY"]'],
    fix: { kind: 'move-to-env', envName: 'SECRET_KEY', value: 'django-insecure-3enPO9rc6ygAIKiKl3urSudUOdYGpPU8BtR2DvW9' },
  },
  {
    name: 'the password of a Django database',
    path: 'mysite/settings/production.py',
    code: `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'USER': 'shop',\n        'PASSWORD': ⟦'Wq8-zr4Tn2'⟧,\n        'HOST': 'db.internal',\n    }\n}\n`,
    messageIncludes: ['hardcoded password', '"DATABASES.default.PASSWORD"', 'os.environ["DB_PASSWORD"]'],
    fix: { envName: 'DB_PASSWORD', value: 'Wq8-zr4Tn2' },
  },
  {
    name: 'Flask config by key',
    path: 'app/__init__.py',
    code: `app.config['SECRET_KEY'] = ⟦'f7Yk2-pQ9s-Lm3x'⟧\n`,
    fix: { envName: 'SECRET_KEY', value: 'f7Yk2-pQ9s-Lm3x' },
  },
  {
    name: 'Flask secret_key as bytes: reported, no in-place fix (a str read would change its type)',
    path: 'app.py',
    code: `app.secret_key = ⟦b'q8#Lz!x02VbNm'⟧\n`,
    messageIncludes: ['"app.secret_key"'],
  },
  {
    name: 'a config class attribute',
    path: 'config.py',
    code: `class ProductionConfig(Config):\n    MAIL_PASSWORD = ⟦"m4il-Pa55w0rd"⟧\n`,
    fix: { envName: 'MAIL_PASSWORD' },
  },
  {
    name: 'the fallback of os.getenv: the fix replaces the whole call',
    path: 'settings.py',
    code: `import os\n${GETENV}`,
    messageIncludes: ["fallback of os.getenv('SECRET_KEY')", 'remove the fallback'],
    fix: { envName: 'SECRET_KEY', existingEnvName: 'SECRET_KEY', value: 'k3y-Fa11back-77', span: spanIn(`import os\n${GETENV}`, `os.getenv('SECRET_KEY', 'k3y-Fa11back-77')`) },
  },
  {
    name: 'os.environ.get(...) or a literal',
    path: 'config.py',
    code: OR_FALLBACK,
    fix: { existingEnvName: 'DB_PASSWORD', span: spanIn(OR_FALLBACK, `os.environ.get('DB_PASSWORD') or 'Pg-Pass-0192'`) },
  },
  {
    name: 'environ.get imported from os, default as a keyword',
    path: 'config.py',
    code: `from os import environ\nJWT_SECRET = environ.get('JWT_SECRET', default=⟦'jwt-Dev-Secret-93'⟧)\n`,
    fix: { existingEnvName: 'JWT_SECRET' },
  },
  {
    name: 'django-environ default: reported, no in-place fix (the library reads the environment)',
    path: 'mysite/settings.py',
    code: `import environ\nenv = environ.Env()\nSECRET_KEY = env('SECRET_KEY', default=⟦'xv7-Qe2r-Kp9d-Zt4m'⟧)\n`,
    messageIncludes: ["fallback of env('SECRET_KEY')"],
  },
  {
    name: 'a password keyword of a database driver',
    path: 'db.py',
    code: `import psycopg2\nconn = psycopg2.connect(host='db.internal', user='shop', password=⟦'S7mq-pL2x'⟧)\n`,
    messageIncludes: ['hardcoded password passed to psycopg2.connect', 'os.environ["DB_PASSWORD"]'],
    fix: { envName: 'DB_PASSWORD', value: 'S7mq-pL2x' },
  },
  {
    name: 'a Redis password',
    path: 'cache.py',
    code: `import redis\nr = redis.Redis(host='cache.internal', password=⟦'r3dis-Auth-55'⟧)\n`,
    fix: { envName: 'REDIS_PASSWORD' },
  },
  {
    name: 'AWS keys passed to boto3',
    path: 'storage.py',
    code: `import boto3\ns3 = boto3.client('s3', aws_access_key_id=⟦'AKIAS6GBYDMN5VY6CCDU'⟧, aws_secret_access_key=⟦'fYax0+KM8fhehSB9It7h+VVIgYhf3KR9lu6jmHJc'⟧)\n`,
  },
  {
    name: 'a connection URL with a password: the password is reported, the fix moves the URL',
    path: 'database.py',
    code: `from sqlalchemy import create_engine\nengine = create_engine('postgresql://shop:⟦Pg-s3cret-41⟧@db.internal:5432/shop')\n`,
    messageIncludes: ['postgresql connection URL', 'os.environ["DATABASE_URL"]'],
    fix: { envName: 'DATABASE_URL', value: 'postgresql://shop:Pg-s3cret-41@db.internal:5432/shop' },
  },
  {
    name: 'a Celery broker URL with a password',
    path: 'proj/celery.py',
    code: `app = Celery('proj', broker='amqp://shop:⟦Rb-9x2Lq7⟧@rabbit.internal:5672//')\n`,
    fix: { envName: 'AMQP_URL' },
  },
  {
    name: 'an f-string: the literal password part of the URL is still a password',
    path: 'database.py',
    code: `DATABASE_URL = f'postgresql://shop:⟦Pg-s3cret-41⟧@{host}/shop'\n`,
  },
  {
    name: 'a token inside a longer string',
    path: 'client.py',
    code: `HEADERS = {'Authorization': 'token ⟦ghp_lNKfzYmDcGGM4eGZaQjI0yEiK2KglinVoAjQ⟧'}\n`,
    messageIncludes: ['GitHub personal access token', 'rotate it'],
  },
  {
    name: 'a token as a whole literal: the format names the variable',
    path: 'billing.py',
    code: `import stripe\nstripe.api_key = ⟦'sk_live_A8TE6qXgXLT74B6Q3pF5cmxn'⟧\n`,
    messageIncludes: ['Stripe secret key', 'rotate it'],
    fix: { envName: 'STRIPE_API_KEY' },
  },
  {
    name: 'a token in a docstring is still committed',
    path: 'slack.py',
    code: `def notify():\n    """Posts with xoxb token ⟦xoxb-508483759222-uyADNdbw8AZAua0NxJSyaXMb⟧."""\n`,
  },
  {
    name: 'the key passed to jwt.encode',
    path: 'auth.py',
    code: `import jwt\ntoken = jwt.encode(payload, ⟦'jwt-Sign-Key-2024'⟧, algorithm='HS256')\n`,
    messageIncludes: ['passed to jwt.encode', 'os.environ["JWT_SECRET"]'],
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: "Authlib's jwt.encode takes the key third, after the header and the payload",
    path: 'api/tokens.py',
    code: `from authlib.jose import jwt\ntoken = jwt.encode({"alg": "HS256"}, {"sub": user_id}, ⟦"MvQcGXZh2z__cuufLfGDDhxZ"⟧)\n`,
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: 'Django EMAIL_HOST_PASSWORD',
    path: 'mysite/settings.py',
    code: `EMAIL_HOST_USER = 'noreply@shop.example'\nEMAIL_HOST_PASSWORD = ⟦'smtp-Pw-7731'⟧\n`,
    fix: { envName: 'EMAIL_HOST_PASSWORD' },
  },
  {
    name: 'a default parameter',
    path: 'db.py',
    code: `def connect(user='shop', password=⟦'Tq4-Lm8-Zr1'⟧):\n    ...\n`,
  },
  {
    name: 'returned by a getter named after a credential',
    path: 'secrets_provider.py',
    code: `def get_api_key():\n    return ⟦'k9Lm-2xQw-77Zt-pR4v'⟧\n`,
    fix: { envName: 'API_KEY' },
  },
  {
    name: 'written to os.environ: no in-place fix',
    path: 'bootstrap.py',
    code: `import os\nos.environ['API_TOKEN'] = ⟦'tok-Q8x2-Lz7m-Wn4p'⟧\n`,
    messageIncludes: ['written to os.environ["API_TOKEN"]'],
  },
];

const valid: ValidExample[] = [
  {
    name: "Authlib's jwt.encode: a header value and a claim are no key; the key comes from the environment",
    path: 'api/tokens.py',
    code: `import os\nfrom authlib.jose import jwt\ntoken = jwt.encode({"alg": "HS256", "kid": "reports-v2"}, {"aud": "reports-service"}, os.environ["JWT_KEY"])\n`,
  },
  {
    name: "cookiecutter-django's instruction naming the variable to set, as the fallback of env()",
    path: 'config/settings/local.py',
    code: 'import environ\n\nenv = environ.Env()\nSECRET_KEY = env("DJANGO_SECRET_KEY", default="!!!SET DJANGO_SECRET_KEY!!!")\n',
  },
  {
    name: "a field map from a module's options to an API's attributes (one field kept as it is), and Ansible's no_log mask",
    path: 'plugins/modules/ipa_otptoken.py',
    code: `ansible_to_ipa = {"otptype": "type", "secretkey": "ipatokenotpkey", "description": "description", "owner": "ipatokenowner"}\nif "secret" in result:\n    result["secret"] = "no_log"\n`,
  },
  {
    name: "an Ansible module's argument spec: a password's required companion named, and a table renaming its options to a transport's",
    path: 'plugins/module_utils/acme_api.py',
    code: `KWARGS = dict(required_together=[("username", "password")], required_by=dict(password="username"))\nFORM = {"password": "email"}\nWSMAN_PARAMS = {"username": "wsman_user", "password": "wsman_pwd", "validate_certs": "wsman_verify"}\n`,
  },
  {
    name: 'a Fernet token (ciphertext the Fernet key from the environment opens), and a table\'s primary key',
    path: 'payroll/crypto.py',
    code: `CURRENT = Fernet(os.environ["PAYSLIP_FERNET_KEY"])\nCANARY_TOKEN = b"gAAAAABnA1b2Zk3q9W1xY2bD5fH8jL1nP4rT7vX0zB3dF6hJ9lN2pQ5tV8xA1cE4gI7kM0oQ3sU6wY9bD2fH5jL8nP1rT4vX7zB0dF3hJ6lN9pR2tV5xA8cE1gI4kM7oQ0sU3w=="\nINVOICE_PRIMARY_KEY = "a3f9c27e5b8d41f0"\n`,
  },
  {
    name: "a command's words: -p as a port, a password read from stdin or a file",
    path: 'tasks.py',
    code: `import subprocess\nsubprocess.run(("ssh", "-p", "2222", "deploy@bastion"))\nsession.run("docker", "login", "--password-stdin", "ghcr.io")\nsession.run("app", "--password-file", "/run/secrets/db")\n`,
  },
  { name: 'env reads', path: 'mysite/settings.py', code: `import os\nSECRET_KEY = os.environ['SECRET_KEY']\nDB_PASSWORD = os.environ.get('DB_PASSWORD')\nDEBUG = os.getenv('DEBUG', 'false')\n` },
  { name: 'a fallback that is not a credential', path: 'settings.py', code: `import os\nDB_HOST = os.getenv('DB_HOST', 'db.internal')\nDJANGO_SETTINGS = os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\n` },
  { name: 'placeholders', path: 'config.py', code: `SECRET_KEY = 'changeme'\nDB_PASSWORD = ''\nAPI_KEY = 'your-api-key-here'\nJWT_SECRET = '<jwt-secret>'\n` },
  { name: 'Flask tutorial dev key', path: 'flaskr/__init__.py', code: `app.config.from_mapping(SECRET_KEY='dev', DATABASE=os.path.join(app.instance_path, 'flaskr.sqlite'))\n` },
  { name: 'getpass', path: 'cli.py', code: `import getpass\npassword = getpass.getpass('Password: ')\n` },
  { name: 'password hashes', path: 'fixtures.py', code: `hashed_password = '$2b$12$KIXQJZkq0Q6b1pQ9F3c2UeZ1Yw1m9f8s7QxT2vN4pL6rD8hJ0kS2a'\npassword = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG'\n` },
  { name: 'URL templates', path: 'database.py', code: `DATABASE_URL = f'postgresql://{user}:{password}@{host}/{name}'\nTEMPLATE = 'postgresql://{user}:{password}@{host}/db'.format(**cfg)\nOLD = 'postgresql://%(user)s:%(password)s@%(host)s/db' % cfg\n` },
  { name: 'UI text and form fields', path: 'accounts/forms.py', code: `class LoginForm(forms.Form):\n    password = forms.CharField(label='Password', widget=forms.PasswordInput, help_text='Enter your password.')\n` },
  { name: 'request data by key', path: 'views.py', code: `def login(request):\n    password = request.POST['password']\n    token = request.headers.get('Authorization', '')\n` },
  {
    name: 'Django password settings that are not passwords',
    path: 'mysite/settings.py',
    code: `AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]\nPASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']\nSESSION_COOKIE_NAME = 'sessionid'\nTOKEN_TYPE = 'Bearer'\n`,
  },
  { name: 'a docstring with an example URL', path: 'db.py', code: `"""Connect with e.g. postgresql://scott:tiger@db.example.com/test; set SECRET_KEY in the environment."""\n` },
  { name: 'generated secrets and comparisons with empty values', path: 'auth.py', code: `import secrets\nsecret = secrets.token_hex(32)\nif password == '':\n    raise ValueError('empty')\n` },
  { name: 'a dict key that names a credential', path: 'views.py', code: `payload = {'password': form.cleaned_data['password'], 'token_type': 'bearer'}\n` },
];

export const pythonExamples: Examples = { valid, invalid };
