import type { Examples } from '../../rule';

export const pythonExamples: Examples = {
  valid: [
    { name: 'the URL from the environment', path: 'app/db.py', code: `import os\nengine = create_engine(os.environ["DATABASE_URL"])\n` },
    { name: 'a host from settings', path: 'app/cache.py', code: `import redis\nr = redis.Redis(host=settings.REDIS_HOST)\n` },
    {
      name: 'a password in the URL belongs to hardcoded-credential',
      path: 'app/config.py',
      code: `SQLALCHEMY_DATABASE_URI = "postgresql://shop:2cucZ7acv9020A7x@db.internal/shop"\n`,
    },
    { name: 'a test fixture', path: 'tests/conftest.py', code: `engine = create_engine("postgresql://localhost/test")\n` },
    { name: 'Django settings for local development', path: 'shop/settings/local.py', code: `DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "localhost"}}\n` },
    { name: 'an HTTP client host is not a backing service', path: 'app/api.py', code: `conn = http.client.HTTPSConnection(host="api.github.com")\n` },
    {
      name: 'a docstring whose example passes host= and port= is prose, not a libpq DSN',
      path: 'app/telnet.py',
      code: `"""\nTelnet server.\n\nExample usage::\n\n    TelnetServer(application=a, host='127.0.0.1', port=23).run()\n"""\n`,
    },
    { name: 'a docstring example', path: 'app/db.py', code: `def connect(url):\n    """Connect, e.g. to postgresql://user@db.example.com/app."""\n` },
    { name: 'an HTTP API client is no search node', path: 'app/api.py', code: `import requests\nrequests.get("http://inventory.internal/stock")\n` },
    { name: 'a search node from the environment', path: 'app/search.py', code: `import os\nfrom elasticsearch import Elasticsearch\nes = Elasticsearch(os.environ["ELASTICSEARCH_URL"])\n` },
  ],
  invalid: [
    {
      name: "an arq worker's Redis host",
      path: 'app/workers/routes.py',
      code: `from arq.connections import RedisSettings\n\nclass WorkerSettings:\n    functions = []\n    redis_settings = RedisSettings(host=⟦"redis-queue.courier.internal"⟧, port=6379)\n`,
      messageIncludes: ['Redis'],
    },
    {
      name: 'a pydantic BaseSettings default on this machine: DATABASE_URL overrides it, information',
      path: 'app/config.py',
      code: `from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    database_url: str = ⟦"postgresql://telemetry@localhost/telemetry"⟧\n`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URL'],
    },
    {
      name: 'a pydantic Field default on a remote host: a deploy that forgets REDIS_URL talks to it',
      path: 'app/config.py',
      code: `import pydantic_settings\nfrom pydantic import Field\n\nclass Settings(pydantic_settings.BaseSettings):\n    redis_url: str = Field(default=⟦"redis://cache.prod.internal:6379/0"⟧)\n`,
      messageIncludes: ['fallback of REDIS_URL'],
    },
    {
      name: 'a class attribute of a plain class is the address itself',
      path: 'app/config.py',
      code: `class Config:\n    SQLALCHEMY_DATABASE_URI = ⟦"postgresql://db.internal:5432/shop"⟧\n`,
      messageIncludes: ['os.environ["DATABASE_URL"]'],
    },
    {
      name: 'SQLAlchemy dialect+driver URL',
      path: 'app/db.py',
      code: `from sqlalchemy import create_engine\nengine = create_engine(⟦"mysql+pymysql://orders-db.internal/orders"⟧)\n`,
      messageIncludes: ['MySQL'],
    },
    {
      name: 'SQLAlchemy create_engine',
      path: 'app/db.py',
      code: `from sqlalchemy import create_engine\nengine = create_engine(⟦"postgresql://db.internal:5432/shop"⟧)\n`,
      messageIncludes: ['PostgreSQL', 'os.environ["DATABASE_URL"]'],
      fix: { kind: 'move-to-env', envName: 'DATABASE_URL', value: 'postgresql://db.internal:5432/shop' },
    },
    { name: 'redis-py host', path: 'app/cache.py', code: `import redis\nr = redis.Redis(host=⟦"10.0.3.7"⟧, port=6379)\n`, fix: { envName: 'REDIS_HOST' } },
    { name: 'psycopg2 host', path: 'app/db.py', code: `import psycopg2\nconn = psycopg2.connect(host=⟦'db.internal'⟧, dbname='shop')\n` },
    { name: 'a libpq DSN', path: 'app/db.py', code: `import psycopg2\nconn = psycopg2.connect(⟦"host=db.internal dbname=shop user=shop"⟧)\n` },
    { name: 'pika', path: 'app/queue.py', code: `import pika\nparams = pika.ConnectionParameters(⟦"rabbit.internal"⟧)\n`, fix: { envName: 'AMQP_HOST' } },
    { name: 'Celery broker setting', path: 'shop/settings.py', code: `CELERY_BROKER_URL = ⟦"redis://cache.internal:6379/0"⟧\n` },
    {
      name: 'Django DATABASES HOST',
      path: 'shop/settings.py',
      code: `DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": ⟦"db.internal"⟧,\n    }\n}\n`,
    },
    {
      name: 'a localhost default of os.getenv is information',
      path: 'app/db.py',
      code: `import os\nengine = create_engine(os.getenv("DATABASE_URL", ⟦"postgresql://localhost/shop"⟧))\n`,
      severity: 'info',
    },
    {
      name: 'a host default of os.getenv is information',
      path: 'app/cache.py',
      code: `import os\nimport redis\nr = redis.Redis(host=os.getenv("REDIS_HOST", ⟦"localhost"⟧), port=6379)\n`,
      severity: 'info',
      messageIncludes: ['fallback of REDIS_HOST'],
    },
    {
      name: 'a localhost after `or` is information',
      path: 'app/cache.py',
      code: `import os\nREDIS_URL = os.environ.get("REDIS_URL") or ⟦"redis://localhost:6379"⟧\n`,
      severity: 'info',
    },
    {
      name: 'an Elasticsearch node URL, positional or in hosts=[...]',
      path: 'app/search.py',
      code: `from elasticsearch import Elasticsearch\nfrom opensearchpy import OpenSearch\nes = Elasticsearch(⟦"http://es-prod-01.internal:9200"⟧)\nos_client = OpenSearch(hosts=[⟦"https://search.internal:9200"⟧])\n`,
      messageIncludes: ['Elasticsearch address written into the code', 'ELASTICSEARCH_URL'],
    },
  ],
};
