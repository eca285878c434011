// Python shapes: passphrases that read as sentences in a secret sink (Flask's secret_key, Django's
// SECRET_KEY), digit-only passwords, and the UI text and state words that stay silent. Generated values.
import type { Examples } from '../../rule';

export const pythonShapeExamples: Examples = {
  valid: [
    {
      name: "parameter defaults that are no key: an env read, None then the environment, a cache prefix, an algorithm; a key default another function uses",
      path: 'tickets/auth.py',
      code: `import hashlib
import os

import jwt


def read_token(token, key=os.environ.get("TICKETS_JWT_SECRET"), algorithms=("HS256",)):
    return jwt.decode(token, key, algorithms=list(algorithms))


def refresh_token(claims, key=None):
    key = key or os.environ["TICKETS_JWT_SECRET"]
    return jwt.encode(claims, key, algorithm="HS256")


def cache_key(ticket_id, key="ticket:v2"):
    return f"{key}:{ticket_id}"


def digest(body, algorithm="sha256"):
    return hashlib.new(algorithm, body).hexdigest()
`,
    },
    {
      name: 'ciphers whose key comes from the environment or a derivation, and an IV literal',
      path: 'licensing/crypto.py',
      code: `from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

cipher = AES.new(bytes.fromhex(os.environ["LICENSE_KEY_HEX"]), AES.MODE_CBC, b"0123456789abcdef")
sealed = Cipher(algorithms.AES(derive_key(machine_id)), modes.CBC(b"0123456789abcdef"))
`,
    },
    {
      name: "unpacked names that hold no secret, an Odoo login from the environment, an authenticate call of another arity, a wallet's public address",
      path: 'sync/erp.py',
      code: `url, db, username = "https://erp.example.com", "prod", "sync@example.com"
password, retries = os.environ["ODOO_PASSWORD"], 3
uid = common.authenticate(db, username, os.environ["ODOO_PASSWORD"], {})
models.execute_kw(db, uid, password, "res.partner", "search", [[]])
backend.authenticate(request, "local", "session")
VOTING = Web3.to_checksum_address("0x44d2b1897dd5c29b202fee4d1a9f57456120004e")
account = Account.from_key(os.environ["ORACLE_PRIVATE_KEY"])
`,
    },
    {
      name: "options whose default is a prompt, the environment or a path",
      path: 'cli/admin.py',
      code: `import click

@click.option("--password", prompt=True, hide_input=True)
@click.option("--api-token", default=lambda: os.environ.get("API_TOKEN", ""))
def promote(password, api_token): ...

parser.add_argument("--db-password", default=os.environ.get("DB_PASSWORD"))
parser.add_argument("--token-file", default="~/.config/app/token")
parser.add_argument("--password-prompt", default="Password: ")
`,
    },
    {
      name: 'an ODBC connection string written in parts whose password part reads the environment, or fills a %s',
      path: 'workers/warehouse.py',
      code: `MSSQL = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    f"SERVER={os.environ['MSSQL_HOST']};DATABASE=Sales;"
    f"UID=etl_user;PWD={os.environ['MSSQL_PASSWORD']};Encrypt=yes"
)
LEGACY = ("Server=db;" "User Id=app;Password=%s;" % password)
`,
    },
    {
      name: "password hashes, not passwords: Jupyter's passwd() output (sha1 and argon2), a Django and a Werkzeug password hash",
      path: '.jupyter/jupyter_notebook_config.py',
      code: `c = get_config()
c.NotebookApp.password = "sha1:6c2164fa2b06:1c4ff1e5a8b23a3d4b7e0f9c6d2e8a7b5c3f1d90"
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$Qm3vT8xK2pLw9RzN$Zm4nV8xK2pLw9RzN4sYb7HcE1qT5uJ3o"
ADMIN = {"username": "admin", "password": "pbkdf2_sha256$600000$Qm3vT8xK2pLw9RzN$Zm4nV8xK2pLw9RzN4sYb7HcE1qT5uJ3oD6fG0hI="}
OPS = {"username": "ops", "password": "scrypt:32768:8:1$BJXxE5GqBzrrUtT6$ad8bbec1b5a2a5ea651de04e2249ee937cdfa04a1a19fcdbc92e39b07a95ee4a"}
`,
    },
    {
      name: "a console dialogue that types a user name and a command, the password from a keyring; SNMP's stock public community",
      path: 'netops/console.py',
      code: `import keyring
import pexpect
from pysnmp.hlapi import CommunityData

child = pexpect.spawn("telnet console-01 2001")
child.expect("Username:")
child.sendline("oob-admin")
child.expect("Password:")
child.sendline(keyring.get_password("oob", "admin"))
child.expect(">")
child.sendline("show running-config")
lab = CommunityData("public", mpModel=1)
`,
    },
    {
      name: "a constant naming the setting a password is read from, a table of REST field names (Cinder's drivers), and a switch before the next flag",
      path: 'cinder/volume/drivers/vendor/utils.py',
      code: `VMAX_PASSWORD = 'san_password'
CONF_PWD = "san_password"
key_dict = {'san_login': 'RestUserName', 'san_password': 'RestPassword'}
utils.execute('cryptsetup', 'luksFormat', '--force-password', '--type', provider)
`,
    },
    {
      name: 'a generated one-time-password seed, and words after an id (a scope, a region)',
      path: 'app/providers.py',
      code: 'import pyotp\n\ntotp = pyotp.TOTP(pyotp.random_base32())\nflow = Flow(client_id, "profile")\nsession = Session("8f3a9c2e7b1d4f6a0c5e8b2d9f1a3c7e", "eu-west-1")\n',
    },
    {
      name: "a client of a server on this machine, with that server's placeholder key (Ollama, LM Studio, vLLM)",
      path: 'app/llm.py',
      code: 'from openai import OpenAI\n\nlocal = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")\nstudio = OpenAI(base_url="http://127.0.0.1:1234/v1", api_key="lm-studio")\n',
    },
    {
      name: 'request values by key compared with states, kinds, each other and the environment',
      path: 'app/handlers.py',
      code: "if request.form['action'] == 'reset':\n    pass\nif payload.get('token_type') == 'Bearer':\n    pass\nif request.form['password'] == request.form['password_confirm']:\n    pass\nif request.headers.get('X-Api-Key') != os.environ['API_KEY']:\n    abort(401)\n",
    },
    {
      name: "a table renaming a client's options (Patroni's ZooKeeper TLS), and a protocol's word under a token's name (supervisor)",
      path: 'patroni/dcs/zookeeper.py',
      code: `mapping = {'ca': 'ca_certs', 'cert': 'certfile', 'key': 'keyfile', 'key_password': 'keyfile_password'}
READY_FOR_EVENTS_TOKEN = b'READY\\n'
`,
    },
    {
      name: "a secret_id with no role beside it names a secret (an Azure Key Vault secret's id)",
      path: 'app/keyvault.py',
      code: "secret = client.get_secret(name='db-password', secret_id='6f1c2d3e-4a5b-4c7d-8e9f-0a1b2c3d4e5f')\n",
    },
    {
      name: 'a JSON literal whose password field is a template slot',
      path: 'app/partner.py',
      code: "BODY = '{\"username\": \"%s\", \"password\": \"%s\"}'\n",
    },
    {
      name: "a store given a non-credential key, or a credential key with a value read elsewhere; a header built from variables",
      path: 'scripts/bootstrap.py',
      code: "import os\nfrom airflow.models import Variable\nfrom w3lib.http import basic_auth_header\n\nVariable.set('warehouse_schema', 'analytics')\nVariable.set('geocoder_api_key', os.environ['GEOCODER_API_KEY'])\nauth = basic_auth_header(user, password)\n",
    },
    {
      name: 'argument vectors whose secrets come from the environment, a port after -p, a password file',
      path: 'fleet/maintenance.py',
      code: "import os, subprocess\nsubprocess.run([\"docker\", \"login\", \"-u\", \"ci\", \"-p\", os.environ[\"REGISTRY_PASSWORD\"], \"registry.example.com\"])\nsubprocess.run([\"curl\", \"-H\", f\"Authorization: Bearer {os.environ['NOTIFY_TOKEN']}\", \"https://notify.example.com\"])\nsubprocess.run([\"ssh\", \"-p\", \"2222\", \"edge@fw-cache\", \"true\"])\nsubprocess.check_call([\"rsync\", \"--password-file=/etc/rsync.secret\", \"src/\", \"rsync://fw@mirror/fw/\"])\n",
    },
    {
      name: 'command lines handed to a shell that take their secrets from the environment or a variable',
      path: 'scripts/restore.py',
      code: "import os, subprocess\nos.system('pip install -r requirements.txt')\nsubprocess.run(f'mysql -u root -p{password} shop < dump.sql', shell=True)\nsubprocess.run('mysql -u root -p$MYSQL_PASSWORD shop', shell=True)\nos.system('docker login -u ci -p ${REGISTRY_PASSWORD} registry.example.com')\nos.popen('curl -u admin:%s https://api.example.com' % password)\n",
    },
    {
      name: "Spark settings that are no credential, an auth type, a secret read from Databricks' scope, a JDBC reader's user and an empty password",
      path: 'jobs/ingest.py',
      code: "spark.conf.set('spark.sql.shuffle.partitions', '200')\nspark.conf.set('fs.azure.account.auth.type.lakehouse.dfs.core.windows.net', 'OAuth')\nspark.conf.set('fs.azure.account.key.lakehouse.dfs.core.windows.net', dbutils.secrets.get('lake', 'key'))\nspark = SparkSession.builder.config('spark.hadoop.fs.s3a.aws.credentials.provider', 'com.amazonaws.auth.DefaultAWSCredentialsProviderChain').getOrCreate()\ndf = spark.read.format('jdbc').option('user', 'etl_reader').option('password', '').load()\n",
    },
    {
      name: "an option table mapping a setting's names to its other names (pymongo's URI aliases)",
      path: 'pymongo/common.py',
      code: "URI_OPTIONS_ALIAS_MAP = {\n    'tlscafile': ['ssl_ca_certs'],\n    'tlscertificatekeyfilepassword': ['ssl_pem_passphrase'],\n}\nINTERNAL_NAMES = {'tlscertificatekeyfilepassword': 'ssl_pem_passphrase'}\n",
    },
    {
      name: "a masked value's record (the value beside its mask), and configparser's section and option before a keyword default",
      path: 'master/steps/svn.py',
      code: `class Svn:
    def __init__(self, password=None):
        self.password = password
        if self.password:
            self.password = ('obfuscated', self.password, 'XXXXXX')

forbidden_path = config.get('password', 'forbidden', default=None)
entropy = config.getfloat('password', 'entropy', fallback=0.75)
`,
    },
    {
      name: "a lexer's token table (records of pattern, token type, next state) and a generated model's type map",
      path: 'app/highlight/lexer.py',
      code: `from pygments.lexer import RegexLexer, bygroups
from pygments.token import Keyword, Name, String, Text

class ConfLexer(RegexLexer):
    tokens = {
        'root': [
            (r'(YES|NO|nil|self|super)\\b', Name.Builtin),
            (r'(\\\\\\\\|\\\\[^\\\\]|[^"\\\\])*?"', String.Double, '#pop'),
            (r'([a-zA-Z_]\\w*)(\\s*)(=)', bygroups(Name.Variable, Text, Keyword)),
        ],
    }

class V1Volume:
    swagger_types = {'secret': 'V1SecretVolumeSource', 'automount_service_account_token': 'bool'}
`,
    },
    {
      name: "settings' names, session keys with a format field, a lexer's pattern, C function names, a metadata table",
      path: 'sdk/auth/providers.py',
      code: `SECRET_KEY = 'aws_secret_access_key'
_CSRF_KEY = 'google_oauth2_csrf_token'
_FLOW_KEY = 'google_oauth2_flow_{0}'
identifier_token = r'[^\\W\\d]\\w*'

def has_raw_key():
    return ["EVP_PKEY_new_raw_private_key", "EVP_PKEY_get_raw_public_key"]

mapped_keys = {'build_requires': ('Setup-Requires-Dist', list)}
`,
    },
    {
      name: "boto's config.get(section, option, default), API response names as refresh keys, a header's name",
      path: 'gslib/credentials.py',
      code: `import boto

config = boto.config
gs_host = config.get('Credentials', 'gs_host', 'storage.googleapis.com')
key_file_pass = config.get('Credentials', 'gs_service_key_file_password', '')
keyring_name = config.get('Credentials', 'keyring')
domain.refresh(refresh_key=['DescribeScalingParametersResponse', 'DescribeScalingParametersResult'])
SERVER_SIDE_ENCRYPTION_KEY = 'server-side-encryption-header'
REQUEST_TYPE_ACCESS_TOKEN = 'auth-request-type/at'
cache_key = credentials.refresh_token or 'norefreshtoken'
terminate_key = 'terminateBlueInstancesOnDeploymentSuccess'
_SAR_APP_KEY = 'serverlessrepo:applicationId'
if attr_key == 'pipeline_definition_s3_location':
    pass
`,
    },
    {
      name: 'lookup keys spelled from their own name, and a password that says it is none',
      path: 'sdk/core/metadata.py',
      code: `STORAGE_V1_CLIENT_KEY = 'storage_v1_client'
OSLOGIN_ENABLE_2FA_METADATA_KEY = 'enable-oslogin-2fa'
sessionCacheKey = 'session-cache'
_SEND_INITIAL_METADATA_TOKEN = 'send_initial_metadata'
_GCE_VM_AUTH = '&authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:gcp,TOKEN_RESOURCE:FIRESTORE'

# Every P12 key file Google issues is protected by this same password.
_DEFAULT_PASSWORD = 'notasecret'
`,
    },
    {
      name: 'a marker token, an AMQP routing key, a gpg key id, a header name and a form stand-in',
      path: 'buildbot/statistics/capture.py',
      code: `_DEFAULT_TOKEN = "_sa_default"
routingKey = ("stats-yieldMetricsValue", "stats-yield-data")
REPO_SIGN_KEY = "E709712C"
_HEADER_GITLAB_TOKEN = b'X-Gitlab-Token'
dummy_password = '_web_form_5847ed1b5b8ca'
`,
    },
    {
      name: 'an enum of login styles, and the anonymous consumer an OAuth 1 provider documents',
      path: 'storage/drivers/client.py',
      code: `STYLE_LOGIN_PASSWORD = 'basic_auth'
STYLE_CERTIFICATE = 'certificate_auth'
AUTH_METHOD_TOKEN = 'token_auth'
key_secret = ('anonymous', 'anonymous')
ADMIN_PASSWORD = 'admin_pass'
authorized_users_without_password = ['root', 'dbadmin']
CONFIG_CREDENTIAL = '%(folder_url)sjob/%(short_name)s/credentials/store/folder/'
REDIS_HELP = 'A URL of the form "redis://[:password]@host[:port][?options]"'
AC_PASSWORD = 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password'
CM_HOLDER_KEY = 'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key'
`,
    },
    {
      name: 'gettext labels, form fields, state comparisons, numbers that are no password',
      path: 'accounts/forms.py',
      code: `from django import forms
from django.utils.translation import gettext_lazy as _

class LoginForm(forms.Form):
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, help_text=_("Enter your password"))

def needs_reset(user):
    return user.password == 'reset' or user.token != 'expired'

PASSWORD_MIN_LENGTH = 12
TOKEN_TTL = 3600
password = 123456
`,
    },
    {
      name: 'template fields in URLs, an empty SecretStr default, a query after a port',
      path: 'app/core/config.py',
      code: `from pydantic import SecretStr
from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    SENTRY_TOKEN: SecretStr = SecretStr('')
    STATUS_URL: str = 'https://status.internal:8080?next=ops@example.com'
    TEMPLATE: str = 'postgresql://%(user)s:%(password)s@%(host)s/db'
`,
    },
    {
      name: 'lookups whose default is empty, a placeholder, or under a key that names no secret',
      path: 'app/views.py',
      code: `token = request.args.get('token', '')
password = form.get('password', 'changeme')
theme = settings.get('THEME', 'dark-blue-2024')
timeout = getattr(settings, 'TOKEN_TTL', '3600')
header = cfg.get('auth', 'header_name', fallback='X-Api-Key')
`,
    },
    {
      name: 'OAuth ids and a read secret, a sign-in key read from the environment, a cache key',
      path: 'pipeline/train.py',
      code: "import os, tweepy, wandb\n\nauth = tweepy.OAuthHandler('EGYWa8DnFyR5RMF0QtpD', os.environ['TWITTER_CONSUMER_SECRET'])\nwandb.login(key=os.environ['WANDB_API_KEY'])\ncache.get(key='user-profile-2024-v2')\n",
    },
    {
      name: 'an auth pair read from the environment',
      path: 'shop/billing.py',
      code: "import os, requests\n\nresponse = requests.get(BILLING_URL, auth=('shop', os.environ['BILLING_PASSWORD']))\n",
    },
    {
      name: 'a sentence under a password name is UI text, not a passphrase',
      path: 'app/messages.py',
      code: "password = 'Enter the password you chose'\nsecret_key = 'Please set SECRET_KEY in the environment'\n",
    },
    {
      name: 'settings fields whose defaults are no secret, namespacing salts, logins fed from the environment',
      path: 'app/core/config.py',
      code: `import os, smtplib
from pydantic import Field
from pydantic_settings import BaseSettings
from itsdangerous import URLSafeTimedSerializer

class Settings(BaseSettings):
    jwt_algorithm: str = Field(default='HS256')
    api_key: str = Field(default=None)
    smtp_password: str = Field(..., description='SMTP password')

key_salt = 'accounts.tokens.ActivationTokenGenerator'
token = URLSafeTimedSerializer(settings.secret_key).dumps(email, salt='email-confirm')
server = smtplib.SMTP('smtp.example.com', 587)
server.login('orders', os.environ['SMTP_PASSWORD'])
`,
    },
    {
      name: "signers and AMQP credentials fed from settings; a value that says it is no real secret",
      path: 'app/settings/local.py',
      code: "import os, pika\nfrom pyramid.session import SignedCookieSessionFactory\n\nSECRET_KEY = 'dev-only-secret-key'\nfactory = SignedCookieSessionFactory(settings['session.secret'])\ncredentials = pika.PlainCredentials('etl', os.environ['AMQP_PASSWORD'])\n",
    },
    {
      name: 'positional connects fed from the environment; a connection string without a password',
      path: 'app/db.py',
      code: "import os, MySQLdb, psycopg2\n\ndb = MySQLdb.connect('localhost', 'shop', os.environ['DB_PASSWORD'], 'shop')\npg = psycopg2.connect('dbname=shop user=shop host=db.internal')\nACTIONS = ['actions/checkout@v4', 'owner/repo@main']\nerp = oracledb.connect(f'erp_ro/{os.environ[\"ERP_PASSWORD\"]}@erp-db:1521/ERP')\n",
    },
    {
      name: 'a dotted settings path under a password name is a reference',
      path: 'app/settings.py',
      code: "SMTP_PASSWORD = 'settings.mail.smtp_password'\nDB_HOST_TOKEN = 'db.internal.example.com'\n",
    },
    {
      name: "an AMQP routing key is a name; a session's auth pair from the environment",
      path: 'app/events.py',
      code: "import os, requests\n\nROUTING_KEY = 'orders.created'\nsession = requests.Session()\nsession.auth = ('shop', os.environ['SHOP_PASSWORD'])\n",
    },
    {
      name: 'clients built from a URL or a host',
      path: 'app/clients.py',
      code: "from pymongo import MongoClient\n\nmongo = MongoClient('mongodb://localhost:27017')\nsearch = SearchClient('search.internal')\n",
    },
    {
      name: "a request's non-credential headers from constants, a header from the environment",
      path: 'shipments/carriers.py',
      code: `import httpx\nCONTENT_TYPE = "application/json"\nhttpx.post(URL, headers={"Content-Type": CONTENT_TYPE, "X-Api-Key": os.environ["CARRIER_KEY"]})\n`,
    },
    {
      name: "a scheme or a header's name kept in a constant, an env-read token after a scheme, a formatted non-credential header",
      path: 'listings/sources/portals.py',
      code: `import requests\nSCHEME = "Bearer"\nCLIENT_HEADER = "X-Client-Name"\nUA = "listings-sync/0.9"\nHEADERS = {CLIENT_HEADER: "listings-sync", "User-Agent": "agent %s" % UA}\nrequests.get(URL, headers={"Authorization": f"{SCHEME} {os.environ['OWNER_TOKEN']}", "User-Agent": UA})\n`,
    },
  ],
  invalid: [
    {
      name: "a default in a settings class for the test run (pydantic's TestSettings, Flask's TestingConfig): a guess from the name there is information (probe19: FastAPI-boilerplate)",
      path: 'src/app/core/config.py',
      code: 'from pydantic_settings import BaseSettings\nfrom starlette.config import Config\n\nconfig = Config(".env")\n\n\nclass TestSettings(BaseSettings):\n    TEST_USERNAME: str = config("TEST_USERNAME", default="tester")\n    TEST_PASSWORD: str = config("TEST_PASSWORD", default=⟦"44HLVJwVQvIH"⟧)\n\n\nclass TestingConfig:\n    SECRET_KEY = ⟦"7Fxh5w2Us8KgxYIpmteNEtwS"⟧\n',
      severity: 'info',
    },
    {
      name: 'the same default in the app\'s own settings class stays what it is',
      path: 'src/app/core/config.py',
      code: 'from pydantic_settings import BaseSettings\nfrom starlette.config import Config\n\nconfig = Config(".env")\n\n\nclass CryptSettings(BaseSettings):\n    SECRET_KEY: str = config("SECRET_KEY", default=⟦"Z0UQMDv4teYExGnjzbABwCYu2BtaLRp9"⟧)\n',
    },
    {
      name: 'a password a CI job\'s database takes (`if os.environ.get("GITHUB_WORKFLOW"):`): a guess from the name there is information',
      path: 'config/django/base.py',
      code: 'import os\n\nif os.environ.get("GITHUB_WORKFLOW"):\n    DATABASES = {\n        "default": {\n            "ENGINE": "django.db.backends.postgresql",\n            "USER": "postgres",\n            "PASSWORD": ⟦"gcZ85I4gBMucEygM"⟧,\n            "HOST": "127.0.0.1",\n        }\n    }\n',
      severity: 'info',
    },
    {
      name: "a constant named for nothing sent as a request's credential header",
      path: 'shipments/carriers.py',
      code: `import httpx\nACME_FREIGHT = ⟦"HneBvicoKlVpw5xw2cF2"⟧\nhttpx.post(URL, headers={"X-Api-Key": ACME_FREIGHT})\n`,
    },
    {
      name: "constants named for nothing sent after an authorization scheme (f-string, %, format, +), in a HEADERS dict, a session's headers",
      path: 'listings/sources/portals.py',
      code: `import aiohttp, requests
HOMEFINDER = ⟦"pW26NiTdao6lJHki8Tgwl6g6vh0dFI6K"⟧
RENTLY = ⟦"DGHIcODTCrezfuU4B327hNaCRLkFtZ5C"⟧
ESTATELY = ⟦"ebHXtEmsuOjUWBsVHmPISauJqI3a2RYc"⟧
ZONING = ⟦"aDAvooX9kWnpYoAnp0qZdsWPwWFYgcFA"⟧
MAPLY = ⟦"jdWErt9w0V3ykpp88pYIskTqXTEuTe0i"⟧
TILES = ⟦"XL3CpNxBU80cL0IZd0dxCuegwLvAMe4w"⟧
HEADERS = {"X-Api-Key": MAPLY}
session = aiohttp.ClientSession(headers={"Authorization": f"Bearer {HOMEFINDER}"})
requests.get(URL, headers={"Authorization": "Token %s" % RENTLY})
requests.get(URL, headers={"Authorization": "Bearer {}".format(ESTATELY)})
zoning = requests.Session()
zoning.headers.update({"Authorization": "Bearer " + ZONING})
zoning.headers["Authorization"] = f"Bearer {TILES}"
`,
    },
    {
      name: "a constant and parameter defaults named for nothing, used as a JWT or HMAC key (through .encode() too)",
      path: 'tickets/auth.py',
      code: `import hashlib
import hmac

import jwt

_WEBHOOK_K = ⟦"wK7pQz2nVr9tLx4mHc6bJd3s"⟧


def issue_token(claims: dict, key: str = ⟦"Tn8vXq3mLp6wRz2kCb9hJf4d"⟧) -> str:
    return jwt.encode(claims, key, algorithm="HS256")


def sign_webhook(body: bytes, key: bytes = ⟦b"Hq4mVz8rNc2xTp6wLk9bSd3f"⟧) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def sign_partner(body: bytes) -> str:
    return hmac.new(_WEBHOOK_K.encode(), body, hashlib.sha256).hexdigest()
`,
    },
    {
      name: 'a header sent from a map of headers, whatever holds the map (a GraphQL schema source)',
      path: 'scripts/codegen.py',
      code: `SCHEMA_SOURCE = {"url": "https://inventory.acme.internal/v1/graphql", "headers": {"x-hasura-admin-secret": ⟦"Vb7nK2qLx9RtW4mZp8YcD3sF"⟧}}\n`,
    },
    {
      name: "a command-line option's default, named by its flag (click, argparse)",
      path: 'cli/admin.py',
      code: `import click

@click.option("--api-token", default=⟦"Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2mWp4nRt6y"⟧, envvar="API_TOKEN")
def promote(api_token): ...

parser.add_argument("--password", default=⟦"Kq8vLm2Wz8RtPx"⟧)
`,
    },
    {
      name: 'an ODBC connection string written in parts (an implicit concatenation, one part interpolated): the password part',
      path: 'workers/warehouse.py',
      code: `MSSQL = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    f"SERVER={os.environ['MSSQL_HOST']};DATABASE=Sales;"
    "UID=etl_user;PWD=⟦Kq8vLm2Wz8RtPx⟧;Encrypt=yes"
)
`,
    },
    {
      name: "keyring's set_password(service, user, password): the password it stores",
      path: 'bootstrap/secrets_setup.py',
      code: `import keyring

keyring.set_password("acme-deploy", "registry", ⟦"Hj3cZq8vKx2mWp4nRt6y"⟧)
keyring.set_password("acme-deploy", "vault", getpass.getpass("Vault token: "))
`,
    },
    {
      name: "pysmb's SMBConnection(user, password, …) and Weaviate's AuthApiKey by position",
      path: 'dcops/windows.py',
      code: `import weaviate
from smb.SMBConnection import SMBConnection

conn = SMBConnection("svc_reports", ⟦"Hj3cZq8vKx2mWp4n"⟧, "dcops", "FILESRV01", domain="DC1")
wv = weaviate.Client(url=URL, auth_client_secret=weaviate.auth.AuthApiKey(⟦"Qm3vT8xK2pLw9RzN4sYb7HcE1qT5uJ3oD6fG0hIa"⟧))
`,
    },
    {
      name: "what is typed at a password prompt (pexpect, telnetlib), poplib's pass_, cassandra's PlainTextAuthProvider by position, a generated SNMP community",
      path: 'netops/collect.py',
      code: `import poplib
import telnetlib

import pexpect
from cassandra.auth import PlainTextAuthProvider
from pysnmp.hlapi import CommunityData

child = pexpect.spawn("telnet console-01 2001")
child.expect("[Pp]assword:")
child.sendline(⟦"Xk3vQ9pLm2Wz8Rt"⟧)
tn = telnetlib.Telnet("10.0.0.1")
tn.read_until(b"Password: ")
tn.write(⟦b"Kq8vLm2Wz8RtPx"⟧)
pop = poplib.POP3_SSL("pop.example.com")
pop.user("relay")
pop.pass_(⟦"Hj3cZq8vKx2mWp4n"⟧)
auth = PlainTextAuthProvider("events_rw", ⟦"Gk2hV9sXq7RmT4wB"⟧)
core = CommunityData(⟦"Qm3vT8xK2pLw9RzN4s"⟧, mpModel=1)
`,
    },
    {
      name: "a one-time-password seed (pyotp), and the literal after an app's generated id or a client id (public-half.ts, as Go, JVM and PHP)",
      path: 'app/providers.py',
      code: 'import pyotp\nfrom spotipy.oauth2 import SpotifyClientCredentials\n\nADMIN_TOTP = pyotp.TOTP(⟦"KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD"⟧)\nspotify = SpotifyClientCredentials("8f3a9c2e7b1d4f6a0c5e8b2d9f1a3c7e", ⟦"c4e8a1f7b3d9e2c6a0f5b8d1e4c7a9f2"⟧)\nclient = Client(client_id, ⟦"Zq8vKx2mWp4nRt6yLs0bHd3F"⟧)\n',
    },
    {
      name: "the literal after an access key (the pair's public half: one table, notSecretNames.ts PUBLIC_HALVES, as names.ts reads `accessKey`)",
      path: 'app/upload.py',
      code: 'import os\nfrom storage import Uploader\n\naccess_key = os.environ["OSS_ACCESS_KEY"]\nuploader = Uploader(access_key, ⟦"Huax8rG6SdMUGQLWyoB2TDJiCYOiMCKpPez15Uy7"⟧)\nregion = lookup(access_key, "cn-east-2")\n',
    },
    {
      name: 'a generated key stays a key beside a local base URL (a tunnel, a proxy to the real service)',
      path: 'app/llm.py',
      code: 'from openai import OpenAI\n\nproxied = OpenAI(base_url="http://localhost:8080/v1", api_key=⟦"sk-2f9a8c7e6d5b4a3f2e1d0c9b8a7f6e5d"⟧)\n',
    },
    {
      name: "a literal compared with a request value read by a credential-named key (Tornado's get_argument, Flask's request.form, headers.get)",
      path: 'app/handlers.py',
      code: "class Login(RequestHandler):\n    def post(self):\n        if self.get_argument('password') == ⟦'Qv7Lm2Xr9TkW4nZp'⟧:\n            self.set_secure_cookie('user', 'admin')\n\ndef check():\n    return request.headers.get('X-Api-Key') == ⟦'Rt5yHq2Lm8XvK3wPzN6c'⟧ or request.form['token'] == ⟦'Hs4Nq8Zt1WkP6vGm3X'⟧\n",
    },
    {
      name: "Vault's AppRole login: the secret ID beside the role ID",
      path: 'rotator/vault.py',
      code: "client.auth.approle.login(role_id='7b0338fb-2fad-4244-a87a-3473475f3c71', secret_id=⟦'002844ec-78e6-4007-96b9-5062223af666'⟧)\n",
    },
    {
      name: 'a JSON body written as one literal: its password field',
      path: 'app/partner.py',
      code: "BODY = '{\"username\": \"svc\", \"password\": \"⟦Hs7dJ2kL9pQ4wE6r⟧\"}'\nrequests.post(URL, data=BODY)\n",
    },
    {
      name: "a value stored under a credential-named key (Airflow's Variable.set, configparser's set), and w3lib's basic_auth_header",
      path: 'scripts/bootstrap.py',
      code: "from airflow.models import Variable\nfrom w3lib.http import basic_auth_header\n\nVariable.set('geocoder_api_key', ⟦'8c943b2ec37e6dd569e277f88b60fd43'⟧)\ncfg.set('db', 'password', ⟦'Wb3nX8qT5vR1mK7z'⟧)\nheader = basic_auth_header('acme', ⟦'SLxAr4dn1krkEasR'⟧)\n",
    },
    {
      name: "Invoke's and Fabric's command lines (c.run, conn.run)",
      path: 'tasks.py',
      code: "@task\ndef migrate(c):\n    conn.run(\"mysql -u billing -p⟦Hx5Rt8Yq2Wm6Lp9Z⟧ billing < schema.sql\")\n    c.run(\"redis-cli -h cache -a ⟦Lp3Ko9Ij5Uh2Yg7T⟧ FLUSHDB\")\n",
    },
    {
      name: "argument vectors run without a shell (subprocess with a list or a tuple): each item a shell word",
      path: 'fleet/maintenance.py',
      code: "import subprocess\nsubprocess.run([\"docker\", \"login\", \"-u\", \"ci\", \"-p\", \"⟦Wm3Ex6Rc9Tv2Yb5N⟧\", \"registry.example.com\"], check=True)\nsubprocess.check_output([\"redis-cli\", \"-h\", \"cache\", \"-a\", \"⟦Pl0Ok9Ij8Uh7Yg6T⟧\", \"PING\"])\nsubprocess.check_call((\"sshpass\", \"-p\", \"⟦Yu8Io2Pa5Sd7Fg9H⟧\", \"ssh\", \"edge@fw-cache\"))\n",
    },
    {
      name: "command lines handed to a shell (os.system, subprocess with shell=True, IPython's get_ipython().system): curl's -u, mysql's -p, an export",
      path: 'scripts/sync.py',
      code: "import os, subprocess\nos.system('curl -u admin:⟦Wm4kTz9qLp2xVr7n⟧ https://api.example.com/export')\nsubprocess.run('mysql -u root -p⟦Lp2xVr7nWm4kTz9q⟧ shop < dump.sql', shell=True)\nget_ipython().system('export DB_PASSWORD=⟦Tz9qLp2xVr7nWm4k⟧ && python load.py')\n",
    },
    {
      name: "Spark and Hadoop settings: a JDBC reader's option, an S3A secret on a chained configuration, a builder's config, Azure's per-account key",
      path: 'notebooks/ingest_orders.py',
      code: "df = spark.read.format('jdbc').option('user', 'etl').option('password', ⟦'Wm4kTz9qLp2xVr7n'⟧).load()\nsc._jsc.hadoopConfiguration().set('fs.s3a.secret.key', ⟦'Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2mQ7wE1rT5'⟧)\nspark = SparkSession.builder.config('spark.hadoop.fs.s3a.secret.key', ⟦'Lp2xVr7nWm4kTz9qZq8vKx2mWp4nRt6yLs0bHj3c'⟧).getOrCreate()\nspark.conf.set('fs.azure.account.key.lakehouse.dfs.core.windows.net', ⟦'kX3v9Qm2Lr8Tz5Wp1Yb7Nc4Hd6Jf0Gs2Ka8Ue5Io3Pl='⟧)\n",
    },
    {
      name: 'a phrase typed as the value is the value, not a setting alias',
      path: 'app/settings.py',
      code: "JWT_SECRET = ⟦'a_very_important_secret'⟧\nADMIN_PASSWORD = ⟦'my_super_secret_password'⟧\n",
    },
    {
      name: 'an API client built from one generated literal',
      path: 'app/clients.py',
      code: "from postmarker.core import PostmarkClient\n\nclient = PostmarkClient(⟦'947fe9af-af6d-4992-85f1-d3a134cbc9ef'⟧)\n",
      messageIncludes: ['API token'],
    },
    {
      name: "a session's basic-auth pair, and a vendor's generated routing key (PagerDuty)",
      path: 'app/notify.py',
      code: "import requests\n\nsession = requests.Session()\nsession.auth = ('shop', ⟦'OFBIegk24uhP1D'⟧)\nPAGERDUTY_ROUTING_KEY = ⟦'99a9a3b96541f772d5be45a1ac4744a2'⟧\n",
    },
    {
      name: 'a dotted token with generated parts (a Discord bot token) is no dotted name',
      path: 'bot/config.py',
      code: "BOT_TOKEN = ⟦'MQMqmILOCWGO6l054Wo_CPdIKe.26DFsI.02YwYREOBOP1LwQAzqcKSFug8iigW5aLzVQT7C'⟧\n",
      messageIncludes: ['hardcoded token'],
    },
    {
      name: "positional connects of older code (MySQLdb, pymssql, cx_Oracle, ftplib, python-ldap), a libpq / ODBC connection string, an Oracle EZConnect login",
      path: 'app/db.py',
      code: `import cx_Oracle, ftplib, ldap, MySQLdb, oracledb, psycopg2, pymssql, pyodbc

db = MySQLdb.connect('localhost', 'shop', ⟦'I2F9nvICr90UZU'⟧, 'shop')
ftp = ftplib.FTP('ftp.example.com', 'shop', ⟦'qqsszw5l8WTkPW'⟧)
conn = ldap.initialize(LDAP_URL)
conn.simple_bind_s('cn=admin,dc=example,dc=com', ⟦'YA2bVUaSw9hQyy'⟧)
pg = psycopg2.connect('dbname=shop user=shop password=⟦qlWiU86hmGklir⟧ host=db.internal')
mssql = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql.internal;UID=app;PWD=⟦uw8GYPp52pe5FZ⟧')
crm = pymssql.connect('crm-sql.internal', 'crm_reader', ⟦'Vb7Rk2Lq9XwT4m'⟧, 'CRM')
erp = cx_Oracle.connect('erp_ro', ⟦'Hs4Nq8Zt1WkP6v'⟧, 'erp-db.internal:1521/ERPPRD')
erp_ez = oracledb.connect('erp_ro/⟦Gm3Xv9Lp2RtK7q⟧@erp-db.internal:1521/ERPPRD')
`,
      messageIncludes: ['password'],
    },
    {
      name: "AMQP credentials, pyramid's and itsdangerous' signing secrets, a key decoded from a literal",
      path: 'app/security.py',
      code: `import base64
import pika
from itsdangerous import URLSafeTimedSerializer
from pyramid.session import SignedCookieSessionFactory

credentials = pika.PlainCredentials('etl', ⟦'pgzeQWHaSOSvDg'⟧)
factory = SignedCookieSessionFactory(⟦'OXM4QSAD1B8517F9CH6kdszfJAGOKJ4D'⟧)
serializer = URLSafeTimedSerializer(⟦'Jj9lVyiTrNsHzp'⟧)
AES_KEY = base64.b64decode(⟦'3NAjiXGtk87zH8vP/3BUeOcX231qpaU4'⟧)
`,
    },
    {
      name: "pydantic settings defaults (Field(default=...) or Field('...')) under a secret's name",
      path: 'app/core/config.py',
      code: `from pydantic import Field
from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    plaid_secret: str = Field(default=⟦'rH6IPfjHShMbuksdUOnqaL5B6DRlsj'⟧, description='Plaid secret')
    mail_password: str = Field(⟦'9XP7zXNpEHMcZu'⟧)
`,
      messageIncludes: ['hardcoded'],
    },
    {
      name: "a pydantic BaseSettings field's default is the fallback of its variable: a self-naming word there is what a deploy that forgets SECRET signs with",
      path: 'app/core/config.py',
      code: `from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

class Settings(BaseSettings):
    app_title: str = 'Charity fund'
    secret: str = ⟦'SECRET'⟧
    jwt_secret: str = ⟦'qL7vX2nR9kT4wZ8m'⟧
    ADMIN_PASSWORD: SecretStr = SecretStr(⟦'changeme'⟧)
    token_secret: str
    secret_header_name: str = 'X-Secret'

    model_config = SettingsConfigDict(env_file='.env')
`,
      messageIncludes: ['fallback of the environment variable'],
    },
    {
      name: "a client's login password (smtplib, ftplib, imaplib) and aiohttp's BasicAuth",
      path: 'app/mailer.py',
      code: "import smtplib, aiohttp\n\nserver = smtplib.SMTP_SSL('smtp.example.com')\nserver.login('orders', ⟦'MwBdzydNwGhNwc'⟧)\nauth = aiohttp.BasicAuth('orders', ⟦'VUdmvFijOBPYSF'⟧)\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: "a hash's salt generated as digits (Flask-Security's SECURITY_PASSWORD_SALT)",
      path: 'app/__init__.py',
      code: "app.config['SECURITY_PASSWORD_SALT'] = ⟦'22207742300432736147213990687557338496'⟧\n",
      messageIncludes: ['hardcoded salt'],
    },
    {
      name: "a passphrase that reads as a sentence in Flask's secret_key and Django's SECRET_KEY",
      path: 'app/__init__.py',
      code: "from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = ⟦'A String Very Very Strong!!@##$'⟧\napp.config['SECRET_KEY'] = ⟦'the quick brown fox signs every cookie'⟧\n",
      messageIncludes: ['secret key', 'os.environ["SECRET_KEY"]'],
    },
    {
      name: "requests' basic auth pair: the second element is the password",
      path: 'shop/billing.py',
      code: "import requests\n\nresponse = requests.get(BILLING_URL, auth=('shop', ⟦'cGB9776baLgPb'⟧))\n",
      messageIncludes: ['hardcoded password', 'os.environ["BASIC_AUTH_PASSWORD"]'],
    },
    {
      name: "a URL password holding an encoded `%40` or an unencoded `#` (SQLAlchemy splits at the last `@`)",
      path: 'app/db/session.py',
      code: "from sqlalchemy import create_engine\n\nreplica = create_engine('mysql+pymysql://analyst:⟦Rs0zBnT%40NY55tn⟧@crm-replica.internal/crm')\narchive = create_engine('postgresql+psycopg2://archiver:⟦tu3XdSW#Si1s9lc⟧@archive-db.internal:5432/telemetry')\n",
      messageIncludes: ['connection URL'],
    },
    {
      name: "pydantic's SecretStr and Starlette's Secret around a settings default: the field's name still says what it is",
      path: 'app/core/config.py',
      code: "from pydantic import SecretStr\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    INFLUX_TOKEN: SecretStr = SecretStr(⟦'6A2_e2zvuaBkC_jHooRsbOPvGbiDbSRiQmlVRbtVHU4='⟧)\n",
      messageIncludes: ['token'],
    },
    {
      name: "a config lookup's default under a credential key: a mapping's get, Airflow's Variable.get, configparser's fallback, getattr",
      path: 'dags/sync.py',
      code: `import configparser
from airflow.models import Variable

cfg = configparser.ConfigParser()

def enrichment_key():
    return Variable.get('enrichment_api_key', default_var=⟦'5JPPjSjrXUpQi9ydhRHB'⟧)

password = cfg.get('warehouse', 'password', fallback=⟦'MToKYZfZS8QSOn97rlP7'⟧)
token = settings.get('GITHUB_TOKEN', ⟦'lGr1KxmMDZQu8Vvkkya4'⟧)
secret = getattr(settings, 'API_SECRET', ⟦'lovuhVA8C85VVia7q9Vs'⟧)
`,
    },
    {
      name: "Elasticsearch's basic_auth pair and a Discord bot token passed to run (known by its shape: the bot's id in base64)",
      path: 'chatops/search.py',
      code: "from elasticsearch import Elasticsearch\n\nes = Elasticsearch('https://es.internal:9200', basic_auth=('elastic', ⟦'94cb9427c78de07a8188'⟧))\nclient.run(⟦'MTM1NTIwNTQwODkxNTUzMDAxNTc.Cv_LXi.WLYaArbi1EqfSKfb2moeg1czPHRpZCLLK3XCCu'⟧)\n",
    },
    {
      name: "an OAuth app's secret after its id (tweepy's OAuthHandler), and a bare key given to a sign-in (wandb.login)",
      path: 'pipeline/train.py',
      code: "import tweepy, wandb\n\nauth = tweepy.OAuthHandler('EGYWa8DnFyR5RMF0QtpD', ⟦'lFUK3uu7NJnD3pkPrxIb'⟧)\nwandb.login(key=⟦'43d0496a1942a894b976543acda54b87'⟧)\n",
    },
    {
      name: 'a constant-time compare with a credential name on the other side: hmac.compare_digest',
      path: 'app/auth.py',
      code: "import hmac\n\ndef check(password):\n    return hmac.compare_digest(password, ⟦'8oChq6nWTcF3aiz0yWUY'⟧)\n",
    },
    {
      name: "a password unpacked into its name (Odoo's external-API scripts), Odoo's authenticate and execute_kw by position, urllib's add_password",
      path: 'sync/odoo.py',
      code: `url, db, username, password = "https://erp.example.com", "prod", "sync@example.com", ⟦"pW7uMp5ZEArSKb"⟧
uid = common.authenticate("archive", "admin", ⟦"Xq2Lm9Vb4Nc7Rt"⟧, {})
models.execute_kw(db, uid, ⟦"Tz8Wq3Mn6Bv1Kc"⟧, "res.partner", "search", [[]])
manager.add_password(None, "https://intranet.example.com/", "svc-sync", ⟦"Hr5Yd2Jk8Pw4Gs"⟧)
`,
    },
    {
      name: "ciphers built from a literal key: PyCryptodome's AES/DES3.new, cryptography's algorithms.AES",
      path: 'licensing/crypto.py',
      code: `from Crypto.Cipher import AES, DES3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

legacy = AES.new(⟦b"OLUzpyRgVCzB6IoH"⟧, AES.MODE_ECB)
v0 = DES3.new(⟦b"NOLAKEezkHrwrz7yqP14tWjs"⟧, DES3.MODE_ECB)
sealed = Cipher(algorithms.AES(bytes.fromhex(⟦"b489288174d3e267e7786a2a1af83d95815c2061fe849c70b186f361c476ea94"⟧)), modes.GCM(iv))
`,
    },
    {
      name: "an Ethereum account built from a literal private key (eth-account, web3.py)",
      path: 'oracle/tally.py',
      code: `oracle = w3.eth.account.from_key(⟦"0xb489288174d3e267e7786a2a1af83d95815c2061fe849c70b186f361c476ea94"⟧)
legacy = Account.privateKeyToAccount(⟦"4bc64c165267772a8d16ba47f22fdd6e9974bb37e97bf98d8ffac24ed769c9a9"⟧)
`,
    },
    {
      name: 'a digit-only password (no fix: the code expects a number)',
      path: 'app/settings.py',
      code: 'DATABASES = {"default": {"USER": "shop", "PASSWORD": ⟦6742530⟧}}\n',
      messageIncludes: ['hardcoded password'],
    },
  ],
};
