// URLs built from pieces in Python (python-built-urls.ts): f-strings, `.format()` and `%`.
import type { Examples } from '../../rule';

export const pythonBuiltUrlExamples: Examples = {
  valid: [
    {
      name: 'every piece of the URL from the environment, or a host written twice (production reads it)',
      path: 'app/config.py',
      code: [
        'import os',
        '',
        'class Config:',
        '    HOST = "localhost"',
        '    SQLALCHEMY_DATABASE_URI = f"postgresql://{os.environ[\'DB_USER\']}@{HOST}:5432/shop"',
        '',
        'class ProductionConfig(Config):',
        '    HOST = os.environ["DB_HOST"]',
        '',
        'REDIS_HOST = os.environ["REDIS_HOST"]',
        'BROKER_URL = "redis://{host}:6379/1".format(host=REDIS_HOST)',
        '',
      ].join('\n'),
    },
    {
      name: 'a web page built from a host (no backing service), a name in the path, a scheme from a name',
      path: 'app/links.py',
      code: [
        'import os',
        'SITE = "shop.acme-corp.net"',
        'DB = "orders"',
        'SCHEME = "postgresql"',
        'PAGE = f"https://{SITE}/orders"',
        'SOCKET = "postgresql:///%s" % DB',
        'URL = f"{SCHEME}://{SITE}/orders"',
        'STATUS = "https://{}/status".format("status.acme-corp.net")',
        'USER = "gridops"',
        'WAREHOUSE = f"postgresql://{USER}:{os.environ[\'PW\']}@{os.environ[\'HOST\']}/grid"',
        'LOCAL = f"postgresql://{os.environ[\'PGUSER\']}@localhost/shop"',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "a base config's host, in the host's place of an f-string URI production inherits (probe28 item 7)",
      path: 'discussion/config.py',
      code: [
        'import os',
        '',
        'class Config:',
        '    USER = os.environ.get("DATABASE_USERNAME")',
        '    PW = os.environ.get("DATABASE_PASSWORD")',
        '    HOST = ⟦"10.0.3.7"⟧',
        '    SQLALCHEMY_DATABASE_URI = f"postgresql://{USER}:{PW}@{HOST}:5432/discussion"',
        '',
        'class ProductionConfig(Config):',
        '    pass',
        '',
      ].join('\n'),
      messageIncludes: ['PostgreSQL'],
    },
    {
      name: 'a host given to .format() by position and by keyword, and to % alone or in a tuple',
      path: 'reports/settings.py',
      code: [
        'import os',
        'PRIMARY = ⟦"192.168.40.12"⟧',
        'NODE = ⟦"mongo-reports.internal.acme-corp.net"⟧',
        'REPLICA = ⟦"10.40.2.8"⟧',
        'CACHE = ⟦"10.40.2.9"⟧',
        'DATABASE_URL = "mysql+pymysql://{}:{}@{}:3306/reports".format(os.environ["U"], os.environ["P"], PRIMARY)',
        'MONGO_URI = "mongodb://%s:27017/reports" % NODE',
        'REPLICA_URL = "postgresql://%s@%s/reports" % (os.environ["U"], REPLICA)',
        'CACHE_URL = "redis://{host}:6379/0".format(host=CACHE)',
        '',
      ].join('\n'),
    },
    {
      name: 'an f-string whose literal pieces name the host: the whole string, with no fix',
      path: 'events/db.py',
      code: 'import os\nEVENTS_DB = ⟦f"postgresql://{os.environ[\'EVENTS_USER\']}@10.20.4.30:5432/events"⟧\n',
    },
  ],
};
