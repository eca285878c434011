// Examples of a backing service chosen by an environment test in Go, Ruby and PHP code, and of
// Symfony's when@<env> blocks: the same shape answered the same way as JS/TS's and Python's.
import type { Examples } from '../../rule';

export const symfonyExamples: Examples = {
  valid: [
    {
      name: 'Symfony: the driver from the environment, a test-only dbname suffix, a prod-only cache pool',
      path: 'config/packages/doctrine.yaml',
      code: `doctrine:\n    dbal:\n        url: '%env(resolve:DATABASE_URL)%'\n\nwhen@test:\n    doctrine:\n        dbal:\n            dbname_suffix: '_test%env(default::TEST_TOKEN)%'\n\nwhen@dev:\n    doctrine:\n        dbal:\n            driver: 'pdo_sqlite'\n`,
    },
    {
      name: 'not a config/packages file',
      path: 'config/services.yaml',
      code: `framework:\n    cache:\n        app: cache.adapter.redis\nwhen@dev:\n    framework:\n        cache:\n            app: cache.adapter.filesystem\n`,
    },
  ],
  invalid: [
    {
      name: 'Symfony: SQLite under when@dev over a PostgreSQL driver',
      path: 'config/packages/doctrine.yaml',
      code: `doctrine:\n    dbal:\n        driver: 'pdo_pgsql'\n        host: '%env(DB_HOST)%'\n\nwhen@dev:\n    doctrine:\n        dbal:\n            driver: ⟦'pdo_sqlite'⟧\n            path: '%kernel.project_dir%/var/dev.db'\n`,
      messageIncludes: ['dev uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'Symfony: a filesystem app cache under when@dev over Redis',
      path: 'config/packages/cache.yaml',
      code: `framework:\n    cache:\n        app: cache.adapter.redis\n\nwhen@dev:\n    framework:\n        cache:\n            app: ⟦cache.adapter.filesystem⟧\n`,
      messageIncludes: ['a file cache while production uses Redis'],
    },
  ],
};

export const goExamples: Examples = {
  valid: [
    {
      name: 'PostgreSQL in every branch; only the pool and the logger differ',
      path: 'internal/store/store.go',
      code: `package store\n\nimport (\n\t"database/sql"\n\t"os"\n\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\nfunc Open(env, dsn string) (*gorm.DB, error) {\n\tif env == "production" {\n\t\treturn gorm.Open(postgres.Open(dsn), &gorm.Config{})\n\t} else {\n\t\treturn gorm.Open(postgres.Open("host=localhost dbname=app_dev"), &gorm.Config{})\n\t}\n}\n\nfunc Archive() (*sql.DB, error) {\n\tdb, err := sql.Open("pgx", os.Getenv("ARCHIVE_URL"))\n\tif os.Getenv("APP_ENV") != "production" {\n\t\tdb.SetMaxOpenConns(1)\n\t}\n\treturn db, err\n}\n`,
    },
    {
      name: "gin's release mode picking only the logger, and a mode that is not gin's (a feature's)",
      path: 'database/debug.go',
      code: `package database\n\nimport (\n\t"os"\n\n\t"github.com/gin-gonic/gin"\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nfunc Verbose(db *gorm.DB) *gorm.DB {\n\tif gin.Mode() != gin.ReleaseMode {\n\t\treturn db.Debug()\n\t}\n\treturn db\n}\n\nfunc Cache() gorm.Dialector {\n\tif os.Getenv("CACHE_MODE") == "release" {\n\t\treturn postgres.Open(os.Getenv("CACHE_URL"))\n\t} else {\n\t\treturn sqlite.Open("cache.db")\n\t}\n}\n`,
    },
    {
      name: 'a test the checker cannot read (a feature flag), and a test file',
      path: 'internal/store/flags.go',
      code: `package store\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nfunc Open(useSQLite bool, dsn string) gorm.Dialector {\n\tif useSQLite {\n\t\treturn sqlite.Open("app.db")\n\t} else {\n\t\treturn postgres.Open(dsn)\n\t}\n}\n`,
    },
    {
      name: 'an if without else that overrides another name, a test that is no environment test, the same kind for staging',
      path: 'internal/store/replica.go',
      code: `package store\n\nimport (\n\t"os"\n\n\t"github.com/jmoiron/sqlx"\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nfunc Replica(primary, replica string) gorm.Dialector {\n\td := postgres.Open(replica)\n\tif os.Getenv("APP_ENV") == "staging" {\n\t\td = postgres.Open(primary)\n\t}\n\treturn d\n}\n\nfunc Warehouse(url string) (*sqlx.DB, error) {\n\tdb, err := sqlx.Connect("pgx", url)\n\tif url == "" {\n\t\tdb, err = sqlx.Connect("sqlite3", ":memory:")\n\t}\n\treturn db, err\n}\n\nfunc Debug(d gorm.Dialector) gorm.Dialector {\n\tlocal := sqlite.Open("scratch.db")\n\tif os.Getenv("APP_ENV") == "development" {\n\t\td = postgres.Open(os.Getenv("DEV_DSN"))\n\t}\n\t_ = local\n\treturn d\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'gorm: SQLite unless APP_ENV says production',
      path: 'internal/store/store.go',
      code: `package store\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nfunc Dialector(cfg Config) gorm.Dialector {\n\tvar d gorm.Dialector\n\tif cfg.Env == "production" {\n\t\td = postgres.Open(cfg.DatabaseURL)\n\t} else {\n\t\td = ⟦sqlite.Open⟧("dev.db")\n\t}\n\treturn d\n}\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'database/sql: a switch on APP_ENV whose default opens SQLite',
      path: 'internal/reports/reports.go',
      code: `package reports\n\nimport (\n\t"database/sql"\n\t"os"\n)\n\nfunc Open() (*sql.DB, error) {\n\tswitch os.Getenv("APP_ENV") {\n\tcase "production", "staging":\n\t\treturn sql.Open("postgres", os.Getenv("DATABASE_URL"))\n\tdefault:\n\t\treturn sql.Open(⟦"sqlite3"⟧, "file:dev.db")\n\t}\n}\n`,
    },
    {
      name: 'gorm: a production default that an if without else overrides for development',
      path: 'internal/ledger/store.go',
      code: `package ledger\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nfunc Open(env Env) (*gorm.DB, error) {\n\tdialector := postgres.Open(env.DatabaseURL)\n\t// laptops get a throwaway file\n\tif env.Name == "development" {\n\t\tdialector = ⟦sqlite.Open⟧("dev.db")\n\t}\n\treturn gorm.Open(dialector, &gorm.Config{})\n}\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'sqlx: a default that an if without else overrides unless production',
      path: 'internal/audit/audit.go',
      code: `package audit\n\nimport (\n\t"os"\n\n\t"github.com/jmoiron/sqlx"\n)\n\nfunc Connect() (*sqlx.DB, error) {\n\tdb, err := sqlx.Open("pgx", os.Getenv("AUDIT_DATABASE_URL"))\n\tif os.Getenv("APP_ENV") != "production" {\n\t\tdb, err = sqlx.Open(⟦"sqlite3"⟧, "file:audit.db")\n\t}\n\treturn db, err\n}\n`,
    },
    {
      name: "gin's run mode as the environment (probe22b O): GIN_MODE read and compared with \"release\", and gin.Mode() against gin.ReleaseMode",
      path: 'database/database.go',
      code: `package database\n\nimport (\n\t"os"\n\n\t"github.com/gin-gonic/gin"\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nfunc Open() gorm.Dialector {\n\tif os.Getenv("GIN_MODE") == "release" {\n\t\treturn postgres.Open(os.Getenv("DATABASE_URL"))\n\t} else {\n\t\treturn ⟦sqlite.Open⟧("dev.db")\n\t}\n}\n\nfunc Analytics() gorm.Dialector {\n\tif gin.Mode() != gin.ReleaseMode {\n\t\treturn ⟦sqlite.Open⟧("analytics.db")\n\t} else {\n\t\treturn postgres.Open(os.Getenv("ANALYTICS_URL"))\n\t}\n}\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
  ],
};

export const rubyExamples: Examples = {
  valid: [
    {
      name: "Sinatra: `if production?` and its else choose the same kind (PostgreSQL) over a `configure do` base; a helper method's branch is not the app's settings",
      path: 'server.rb',
      code: `configure do\n  set :database, { adapter: "postgresql", database: "postcards" }\nend\n\nif settings.production?\n  set :database, ENV.fetch("DATABASE_URL")\nelse\n  set :database, { adapter: "postgresql", database: "postcards_dev" }\nend\n\ndef scratch_db\n  if development?\n    Sequel.connect("sqlite://db/scratch.sqlite3")\n  end\nend\n`,
    },
    {
      name: 'an `if development?` branch on SQLite with no base adapter for production in the file: nothing to compare',
      path: 'config/database.rb',
      code: `if development?\n  set :database, { adapter: "sqlite3", database: "db/dev.sqlite3" }\nelse\n  set :database, ENV["DATABASE_URL"]\nend\n`,
    },
    {
      name: "a word before a colon is a host and its port, not an opaque URL (`redis:6379`, `db:5432`): no kind of database",
      path: 'config/environments.rb',
      code: `configure :development do\n  set :database, 'db:5432'\nend\n\nconfigure :production do\n  set :database, {adapter: 'postgresql', database: 'blog'}\nend\n`,
    },
    {
      name: 'Sinatra: PostgreSQL in every configure block; a pool size and a label chosen by RACK_ENV',
      path: 'app.rb',
      code: `class App < Sinatra::Base\n  configure :development do\n    set :database, { adapter: "postgresql", database: "app_dev" }\n  end\n  configure :production do\n    set :database, { adapter: "postgresql", url: ENV.fetch("DATABASE_URL") }\n  end\n  POOL = ENV["RACK_ENV"] == "production" ? 10 : 2\n  LABEL = ENV["RACK_ENV"] == "production" ? "postgres" : "sqlite"\nend\n`,
    },
    {
      name: "a production block whose only URL default is Redis's (the cache's, not the database's adapter)",
      path: 'config/environments.rb',
      code: `configure :development do\n  set :database, { adapter: 'sqlite3', database: 'db/dev.sqlite3' }\nend\n\nconfigure :production do\n  set :cache, Redis.new(url: ENV['REDIS_URL'] || 'redis://localhost:6379/0')\nend\n`,
    },
    {
      name: 'production leaves the adapter to DATABASE_URL: nothing to compare',
      path: 'app.rb',
      code: `configure :development do\n  set :database, { adapter: "sqlite3", database: "db/dev.sqlite3" }\nend\nconfigure :production do\n  set :database, ENV.fetch("DATABASE_URL")\nend\n`,
    },
  ],
  invalid: [
    {
      name: "Sinatra: SQLite by its opaque URL without `//` (`sqlite3:db/dev.sqlite3`, which ActiveRecord accepts) in configure :development, PostgreSQL in :production (probe30)",
      path: 'models/environments.rb',
      code: `configure :development do\n  set :database, ⟦'sqlite3:db/app.db'⟧\nend\n\nconfigure :production do\n  set :database, {adapter: 'postgresql', encoding: 'unicode', database: 'blog'}\nend\n`,
    },
    {
      name: "Sequel: an opaque `sqlite:` URL in the development branch, PostgreSQL's URL as the production default",
      path: 'db.rb',
      code: `DB = if ENV["RACK_ENV"] == "production"\n  Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://localhost/bookmarks"))\nelse\n  Sequel.connect(⟦"sqlite:db/bookmarks.db"⟧)\nend\n`,
    },
    {
      name: 'Sinatra: SQLite in configure :development, PostgreSQL in configure :production',
      path: 'app.rb',
      code: `class App < Sinatra::Base\n  configure :development do\n    set :database, { adapter: ⟦"sqlite3"⟧, database: "db/dev.sqlite3" }\n  end\n  configure :production do\n    set :database, { adapter: "postgresql", url: ENV.fetch("DATABASE_URL") }\n  end\nend\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: "Sinatra: configure :production takes its adapter from DATABASE_URL's default (probe22b O), configure :development SQLite",
      path: 'config/environments.rb',
      code: `configure :development, :test do\n  set :database, { adapter: ⟦'sqlite3'⟧, database: 'db/dev.sqlite3' }\nend\n\nconfigure :production do\n  db = URI.parse(ENV['DATABASE_URL'] || 'postgres://localhost/recipes')\n  ActiveRecord::Base.establish_connection(adapter: db.scheme == 'postgres' ? 'postgresql' : db.scheme, host: db.host, database: db.path[1..-1])\nend\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: "Sinatra: `if development?` on SQLite, its else the deploy's DATABASE_URL, over a `configure do` PostgreSQL base (probe29: travelapp): read as configure :development",
      path: 'config/database.rb',
      code: `configure do\n  set :database, {\n    adapter: "postgresql",\n    database: "bookings"\n  }\nend\n\nif development?\n  set :database, {\n    adapter: ⟦"sqlite3"⟧,\n    database: "db/dev.sqlite3"\n  }\nelse\n  set :database, ENV['DATABASE_URL']\nend\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: "`if ENV['RACK_ENV'] == 'development'` without an else: production keeps the MySQL base",
      path: 'app.rb',
      code: `configure do\n  set :database, { adapter: "mysql2", database: "gradebook" }\nend\n\nif ENV["RACK_ENV"] == "development"\n  set :database, { adapter: ⟦"sqlite3"⟧, database: "db/gradebook.sqlite3" }\nend\n`,
    },
    {
      name: 'Sequel: one expression picks the adapter by RACK_ENV; an if/else on Rails.env picks another',
      path: 'lib/archive.rb',
      code: `DB = Sequel.connect(adapter: ENV["RACK_ENV"] == "production" ? "postgres" : ⟦"sqlite"⟧, database: "archive")\nif Rails.env.production?\n  Audit.establish_connection(adapter: "mysql2", url: ENV["AUDIT_URL"])\nelse\n  Audit.establish_connection(adapter: ⟦"sqlite3"⟧, database: "db/audit.sqlite3")\nend\n`,
    },
  ],
};

export const phpExamples: Examples = {
  valid: [
    {
      name: 'a queue driver, a database name and a banner chosen by the environment; a flag read from elsewhere',
      path: 'config/settings.php',
      code: `<?php\n$isProduction = ($_ENV['APP_ENV'] ?? 'development') === 'production';\nreturn [\n    'db' => ['driver' => 'pgsql', 'database' => $isProduction ? 'pantry' : 'pantry_dev'],\n    'queue' => ['driver' => $isProduction ? 'redis' : 'sync'],\n    'banner' => $isProduction ? 'Pantry' : 'Pantry (sqlite dev)',\n    'cache' => ['driver' => $useLocal ? 'array' : 'redis'],\n];\n`,
    },
  ],
  invalid: [
    {
      name: 'Eloquent settings: SQLite unless production, by a flag declared from APP_ENV; a Laravel cache store by getenv',
      path: 'config/settings.php',
      code: `<?php\n$appEnv = $_ENV['APP_ENV'] ?? 'development';\n$isProduction = $appEnv === 'production';\nreturn [\n    'db' => ['driver' => $isProduction ? 'pgsql' : ⟦'sqlite'⟧],\n    'cache' => ['default' => getenv('APP_ENV') === 'production' ? 'redis' : ⟦'array'⟧],\n];\n`,
      messageIncludes: ['development uses'],
    },
    {
      name: "Laravel: the connection chosen by app()->environment('local')",
      path: 'config/database.php',
      code: `<?php\nreturn [\n    'default' => app()->environment('local') ? ⟦'sqlite'⟧ : 'mysql',\n];\n`,
      messageIncludes: ['local uses SQLite while production uses MySQL'],
    },
    {
      name: "Laravel: the file cache store on a developer's machine, Redis elsewhere",
      path: 'config/cache.php',
      code: `<?php\nreturn [\n    'default' => app()->environment('local') ? ⟦'file'⟧ : 'redis',\n    'stores' => ['file' => ['driver' => 'file', 'path' => storage_path('framework/cache/data')]],\n];\n`,
      messageIncludes: ['local uses a file cache while production uses Redis'],
    },
  ],
};
