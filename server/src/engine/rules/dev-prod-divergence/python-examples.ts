import type { Examples } from '../../rule';

const POSTGRES = `{"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"}}`;

export const pythonExamples: Examples = {
  valid: [
    { name: "one expression that picks the same kind, or a mail backend and a label by DEBUG", path: "shop/settings.py", code: "import os\n\nDEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\"\nDATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.postgresql\" if DEBUG else \"django.db.backends.postgresql\", \"NAME\": \"shop\"}}\nEMAIL_BACKEND = \"django.core.mail.backends.console.EmailBackend\" if DEBUG else \"django.core.mail.backends.smtp.EmailBackend\"\nLABEL = \"postgresql\" if DEBUG else \"sqlite\"\n" },
    {
      name: 'Flask config classes whose production URI comes from the environment; one kind everywhere in an environment-keyed dict',
      path: 'app/config.py',
      code: `import os\n\nclass DevelopmentConfig:\n    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"\n\nclass ProductionConfig:\n    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]\n\nDATABASES = {"development": {"url": "postgresql://localhost/app"}, "production": {"url": "postgresql://db.internal/app"}}\n`,
    },
    {
      name: 'a file: URL names a path, not a file cache (uploads on disk locally, a Redis-backed store in production)',
      path: 'app/storage.py',
      code: `STORES = {"development": {"url": "file:///tmp/uploads"}, "production": {"url": "redis://cache.internal:6379/2"}}\n`,
    },
    {
      name: 'the same engine in both branches',
      path: 'shop/settings.py',
      code: `if DEBUG:\n    DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop_dev"}}\nelse:\n    DATABASES = ${POSTGRES}\n`,
    },
    { name: 'one assignment: nothing to compare', path: 'shop/settings.py', code: `DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}\n` },
    {
      name: 'a condition the checker cannot read',
      path: 'shop/settings.py',
      code: `DATABASES = ${POSTGRES}\nif USE_SQLITE:\n    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}\n`,
    },
    {
      name: 'dj-database-url from the environment',
      path: 'shop/settings.py',
      code: `import dj_database_url\nDATABASES = {"default": dj_database_url.config()}\n`,
    },
    {
      name: "a same-module helper building the dev URI, beside a production helper that returns an env read: production names no kind",
      path: 'blog/settings.py',
      code: `import os\n\ndef local_db(filename):\n    return f"sqlite:///{filename}"\n\ndef prod_url():\n    return os.environ["DATABASE_URL"]\n\nclass DevConfig:\n    SQLALCHEMY_DATABASE_URI = local_db("blog.sqlite")\n\nclass ProdConfig:\n    SQLALCHEMY_DATABASE_URI = prod_url()\n`,
    },
  ],
  invalid: [
    {
      name: "Flask config classes: DevelopmentConfig's SQLite URI from a same-module helper, ProductionConfig's PostgreSQL literal (probe27)",
      path: 'catalog/config.py',
      code: `import os\n\nBASE = os.path.dirname(__file__)\n\ndef sqlite_uri(name):\n    return "sqlite:///{}".format(os.path.join(BASE, name))\n\nclass DevelopmentConfig:\n    SQLALCHEMY_DATABASE_URI = ⟦sqlite_uri("dev.db")⟧\n\nclass ProductionConfig:\n    SQLALCHEMY_DATABASE_URI = "postgresql://catalog@db.internal/catalog"\n`,
      messageIncludes: ['Factor X'],
    },
    { name: "one expression that picks the engine by DEBUG, and the cache by the environment's name", path: "volunteers/settings.py", code: "import os\n\nDEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\"\nDATABASES = {\n    \"default\": {\n        \"ENGINE\": ⟦\"django.db.backends.sqlite3\"⟧ if DEBUG else \"django.db.backends.postgresql\",\n    }\n}\nCACHES = {\n    \"default\": {\n        \"BACKEND\": (\n            \"django_redis.cache.RedisCache\"\n            if os.environ.get(\"DJANGO_ENV\") == \"production\"\n            else ⟦\"django.core.cache.backends.locmem.LocMemCache\"⟧\n        ),\n    }\n}\n", messageIncludes: ['development uses'] },
    {
      name: 'Flask config classes: SQLite in DevelopmentConfig, MySQL in ProductionConfig (a test config differing is information)',
      path: 'app/config.py',
      code: `class DevelopmentConfig:\n    SQLALCHEMY_DATABASE_URI = ⟦"sqlite:///dev.db"⟧\n\nclass ProductionConfig:\n    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://shop@shop-db.internal/shop"\n`,
      messageIncludes: ['Factor X'],
    },
    {
      name: 'a dict keyed by environment: SQLite in development, PostgreSQL in production',
      path: 'catalog/settings.py',
      code: `DATABASES_BY_ENV = {\n    "development": {"url": ⟦"sqlite:///catalog-dev.db"⟧},\n    "production": {"url": "postgresql://catalog@db.internal/catalog"},\n}\n`,
    },
    {
      name: 'SQLite when DEBUG, PostgreSQL otherwise',
      path: 'shop/settings.py',
      code: `if DEBUG:\n    DATABASES = {"default": {"ENGINE": ⟦"django.db.backends.sqlite3"⟧, "NAME": "db.sqlite3"}}\nelse:\n    DATABASES = ${POSTGRES}\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'a production default overridden for development',
      path: 'shop/settings.py',
      code: `CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}\nif os.environ.get("DJANGO_ENV") == "development":\n    CACHES = {"default": {"BACKEND": ⟦"django.core.cache.backends.locmem.LocMemCache"⟧}}\n`,
      messageIncludes: ['in-process memory cache', 'Redis'],
    },
  ],
};
