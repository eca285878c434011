// Two-file examples: an environment's own config file scanned with the facts the node layer reads from production's
// file beside it (and Rails' database.yml with the Gemfile's production group), computed from that file's text by the
// same function where it needs no grammar; Django's production settings need Python's, so their facts are written out.
import type { Examples } from '../../rule';
import type { ProductionService, ScanOptions } from '../../types';
import { productionServicesIn } from './production';

function beside(files: Readonly<Record<string, string>>): ScanOptions {
  return { production: Object.entries(files).flatMap(([path, text]) => productionServicesIn(path, text)) };
}

function djangoProduction(path: string, kind: string): ScanOptions {
  const service: ProductionService = { kind, path, range: { start: { line: 3, character: 18 }, end: { line: 3, character: 50 } } };
  return { production: [service] };
}

const GHOST_MYSQL = beside({
  'core/shared/config/env/config.production.json': '{\n  "database": {\n    "client": "mysql",\n    "connection": { "host": "127.0.0.1", "database": "blog" }\n  }\n}\n',
});
const NODE_CONFIG_POSTGRES = beside({ 'config/production.json': '{\n  "db": { "dialect": "postgres", "ssl": true }\n}\n' });
const SPRING_PROD_MYSQL = beside({ 'src/main/resources/application-prod.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://${DB_HOST}:3306/library\n' });
const SPRING_JDBC_PROD_POSTGRES = beside({ 'src/main/resources/application-jdbc-prod.yml': 'spring:\n  datasource:\n    url: ${JDBC_DATABASE_URL}\n    driver-class-name: org.postgresql.Driver\n' });
const SPRING_BASE_MYSQL = beside({ 'src/main/resources/application.properties': 'spring.datasource.url=jdbc:mysql://localhost:3306/orders\nspring.datasource.password=${DB_PASSWORD}\n' });
const SPRING_BASE_H2_PROD_MYSQL = beside({
  'src/main/resources/application.properties': 'spring.datasource.url=jdbc:h2:mem:orders\n',
  'src/main/resources/application-prod.properties': 'spring.datasource.url=jdbc:mysql://${DB_HOST}:3306/orders\n',
});
const GEMFILE_PG = beside({ Gemfile: "source 'https://rubygems.org'\ngem 'sinatra'\n\ngroup :production do\n  gem 'pg'\nend\n\ngroup :development, :test do\n  gem 'sqlite3'\nend\n" });
const GEMFILE_INLINE_PG = beside({ Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.0"\ngem "pg", "~> 1.5", group: :production\ngem "sqlite3", group: [:development, :test]\n' });
const GEMFILE_PG_EVERYWHERE = beside({ Gemfile: "source 'https://rubygems.org'\ngem 'rails'\ngem 'pg'\n" });
const DJANGO_POSTGRES = djangoProduction('shop/settings/production.py', 'PostgreSQL');
const TYPEIDEA_MYSQL = djangoProduction('typeidea/settings/product.py', 'MySQL');
/** Facts read from a shared `settings/base.py` (PostgreSQL), beside development's module, with no production module. */
const LIBRARY_BASE_POSTGRES = djangoProduction('library/settings/base.py', 'PostgreSQL');
/** Both: a production module on MySQL, which wins over the base module's PostgreSQL. */
const LIBRARY_PROD_MYSQL_BASE_POSTGRES: ScanOptions = { production: [...djangoProduction('library/settings/prod.py', 'MySQL').production!, ...LIBRARY_BASE_POSTGRES.production!] };
const BASE_SQLITE = 'import os\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.sqlite3",\n        "NAME": os.path.join(BASE_DIR, "db.sqlite3"),\n    }\n}\n';

export const environmentFileExamples: Examples = {
  valid: [
    {
      name: "Django: development's module on the same kind as the shared base.py, with no production module",
      path: 'pressroom/settings/development.py',
      code: 'from .base import *  # noqa\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "pressroom_dev",\n    }\n}\n',
      options: djangoProduction('pressroom/settings/base.py', 'PostgreSQL'),
    },
    {
      name: "nconf: the testing file (test config by its name, config.testing.json) is the test run's database, as tests' are",
      path: 'core/shared/config/env/config.testing.json',
      code: '{\n  "database": { "client": "sqlite3", "connection": { "filename": ":memory:" } }\n}\n',
      options: GHOST_MYSQL,
    },
    {
      name: "nconf (Ghost): development's file names the same kind as production's",
      path: 'core/shared/config/env/config.development.json',
      code: '{\n  "database": {\n    "client": "mysql2",\n    "connection": { "host": "127.0.0.1", "database": "blog_dev" }\n  }\n}\n',
      options: GHOST_MYSQL,
    },
    {
      name: "an environment file in another folder than production's is not compared",
      path: 'config/development.json',
      code: '{\n  "database": { "client": "sqlite3" }\n}\n',
      options: GHOST_MYSQL,
    },
    {
      name: "node-config: a development file with no database block (the default's applies)",
      path: 'config/development.json',
      code: '{\n  "server": { "port": 3000 },\n  "logging": { "level": "debug" }\n}\n',
      options: NODE_CONFIG_POSTGRES,
    },
    {
      name: "Spring: application-dev.yml on PostgreSQL in a container, as prod",
      path: 'src/main/resources/application-dev.yml',
      code: 'spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/library\n',
      options: SPRING_PROD_MYSQL,
    },
    {
      name: "Spring per-concern profiles: one concern's dev file is compared with its own prod file only, not another concern's",
      path: 'src/main/resources/application-archive-dev.yml',
      code: 'spring:\n  datasource:\n    url: jdbc:h2:file:./data/archive\n',
      options: SPRING_JDBC_PROD_POSTGRES,
    },
    {
      name: "Spring: the base file's H2 is not production's when a prod profile file names MySQL (the dev profile on MySQL too)",
      path: 'src/main/resources/application-dev.properties',
      code: 'spring.datasource.url=jdbc:mysql://localhost:3306/orders_dev\n',
      options: SPRING_BASE_H2_PROD_MYSQL,
    },
    {
      name: "Django: a local settings module on production's kind",
      path: 'shop/settings/local.py',
      code: 'from .base import *\n\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"}}\n',
      options: DJANGO_POSTGRES,
    },
    {
      name: "Django: a branch on DEBUG is compared within the file, not with production's module",
      path: 'shop/settings/development.py',
      code: 'from .base import *\n\nif DEBUG_TOOLBAR:\n    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}\n',
      options: DJANGO_POSTGRES,
    },
    {
      name: "database.yml: development on PostgreSQL, the kind only the Gemfile's production group installs",
      path: 'config/database.yml',
      code: 'development:\n  adapter: postgresql\n  database: helpdesk_dev\nproduction:\n  url: <%= ENV["DATABASE_URL"] %>\n',
      options: GEMFILE_PG,
    },
    {
      name: 'database.yml: a Gemfile with pg for every environment names no production group',
      path: 'config/database.yml',
      code: 'development:\n  adapter: sqlite3\nproduction:\n  url: <%= ENV["DATABASE_URL"] %>\n',
      options: GEMFILE_PG_EVERYWHERE,
    },
    { name: "base.py whose production module sets no DATABASES of its own: production runs base's too, no facts", path: 'typeidea/settings/base.py', code: BASE_SQLITE },
    { name: 'a base.py outside a settings package is not Django split settings', path: 'app/base.py', code: BASE_SQLITE, options: djangoProduction('app/product.py', 'MySQL') },
  ],
  invalid: [
    {
      name: 'Django split settings with no production module: settings/dev.py on SQLite, the shared settings/base.py (PostgreSQL) is what a deploy runs',
      path: 'library/settings/dev.py',
      code: 'from .base import *  # noqa\n\nDEBUG = True\nDATABASES = {\n    "default": {\n        "ENGINE": ⟦"django.db.backends.sqlite3"⟧,\n        "NAME": BASE_DIR / "db.sqlite3",\n    }\n}\n',
      options: LIBRARY_BASE_POSTGRES,
      messageIncludes: ['SQLite', 'PostgreSQL', 'base.py'],
      relatedFiles: ['library/settings/base.py'],
    },
    {
      name: "Django: a production module that names its own database is compared, not base.py's",
      path: 'library/settings/local.py',
      code: 'from .base import *  # noqa\n\nDATABASES = {\n    "default": {\n        "ENGINE": ⟦"django.db.backends.postgresql"⟧,\n        "NAME": "library",\n    }\n}\n',
      options: LIBRARY_PROD_MYSQL_BASE_POSTGRES,
      messageIncludes: ['PostgreSQL', 'MySQL', 'prod.py'],
      relatedFiles: ['library/settings/prod.py'],
    },
    {
      name: "Django's shared settings/base.py on SQLite while production's module (typeidea's product.py) overrides DATABASES with MySQL: base is what development runs",
      path: 'typeidea/settings/base.py',
      code: BASE_SQLITE.replace('"django.db.backends.sqlite3"', '⟦"django.db.backends.sqlite3"⟧'),
      options: TYPEIDEA_MYSQL,
      messageIncludes: ['the development config uses SQLite', 'MySQL'],
      relatedFiles: ['typeidea/settings/product.py'],
    },
    {
      name: 'nconf (Ghost): config.development.json on SQLite beside config.production.json on MySQL',
      path: 'core/shared/config/env/config.development.json',
      code: '{\n  "url": "http://localhost:2368",\n  "database": {\n    "client": ⟦"sqlite3"⟧,\n    "connection": { "filename": "content/data/ghost-dev.db" }\n  }\n}\n',
      options: GHOST_MYSQL,
      messageIncludes: ['the development config uses SQLite', 'uses MySQL'],
      relatedFiles: ['core/shared/config/env/config.production.json'],
    },
    {
      name: 'node-config: config/development.json on SQLite, config/production.json on PostgreSQL',
      path: 'config/development.json',
      code: '{\n  "db": {\n    "dialect": ⟦"sqlite"⟧,\n    "storage": "./data/dev.sqlite"\n  }\n}\n',
      options: NODE_CONFIG_POSTGRES,
      relatedFiles: ['config/production.json'],
    },
    {
      name: 'Spring: application-dev.yml on H2, application-prod.yml on MySQL',
      path: 'src/main/resources/application-dev.yml',
      code: 'spring:\n  datasource:\n    url: ⟦jdbc:h2:mem:library;DB_CLOSE_DELAY=-1⟧\n  h2:\n    console:\n      enabled: true\n',
      options: SPRING_PROD_MYSQL,
      messageIncludes: ['an embedded Java database', 'MySQL'],
      relatedFiles: ['src/main/resources/application-prod.yml'],
    },
    {
      name: 'Spring per-concern profiles: application-jdbc-dev.yml on H2, application-jdbc-prod.yml on PostgreSQL',
      path: 'src/main/resources/application-jdbc-dev.yml',
      code: 'spring:\n  datasource:\n    url: ⟦jdbc:h2:mem:tickets;DB_CLOSE_DELAY=-1⟧\n',
      options: SPRING_JDBC_PROD_POSTGRES,
      messageIncludes: ['an embedded Java database', 'PostgreSQL'],
      relatedFiles: ['src/main/resources/application-jdbc-prod.yml'],
    },
    {
      name: "Spring: application-dev.properties on H2 and no prod profile file: the base application.properties (MySQL) is what a deploy runs",
      path: 'src/main/resources/application-dev.properties',
      code: 'spring.datasource.url=⟦jdbc:h2:mem:testdb⟧\nspring.datasource.driver-class-name=org.h2.Driver\nspring.h2.console.enabled=true\n',
      options: SPRING_BASE_MYSQL,
      messageIncludes: ['an embedded Java database', 'MySQL', 'application.properties'],
      relatedFiles: ['src/main/resources/application.properties'],
    },
    {
      name: 'Django split settings: settings/development.py on SQLite, settings/production.py on PostgreSQL',
      path: 'shop/settings/development.py',
      code: 'from .base import *\n\nDEBUG = True\nDATABASES = {\n    "default": {\n        "ENGINE": ⟦"django.db.backends.sqlite3"⟧,\n        "NAME": BASE_DIR / "db.sqlite3",\n    }\n}\n',
      options: DJANGO_POSTGRES,
      relatedFiles: ['shop/settings/production.py'],
    },
    {
      name: "database.yml: production is a DATABASE_URL and only the Gemfile's production group installs pg",
      path: 'config/database.yml',
      code: 'development:\n  adapter: ⟦sqlite3⟧\n  database: db/development.sqlite3\nproduction:\n  url: <%= ENV[\'DATABASE_URL\'] %>\n',
      options: GEMFILE_PG,
      messageIncludes: ["the Gemfile's production group"],
      relatedFiles: ['Gemfile'],
    },
    {
      name: "database.yml with no production block; the Gemfile's `group: :production` option names PostgreSQL",
      path: 'config/database.yml',
      code: 'default: &default\n  pool: 5\ndevelopment:\n  <<: *default\n  adapter: ⟦sqlite3⟧\n  database: db/development.sqlite3\n',
      options: GEMFILE_INLINE_PG,
      relatedFiles: ['Gemfile'],
    },
  ],
};
