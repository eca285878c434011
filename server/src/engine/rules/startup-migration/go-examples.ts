// Go examples: valid ones must stay silent, invalid ones report exactly the marked ranges.
import type { Examples, InvalidExample, ValidExample } from '../../rule';
import type { ScanOptions } from '../../types';

/** The node layer's fact: the module's own `initialize` package exports RegisterTables, whose body runs AutoMigrate. */
const REGISTER_TABLES: ScanOptions = {
  importedMigrations: [
    { module: 'github.com/acme/admin/initialize', name: 'RegisterTables', label: 'db.AutoMigrate()', path: 'initialize/gorm.go', range: { start: { line: 24, character: 8 }, end: { line: 28, character: 2 } } },
  ],
};

const invalid: InvalidExample[] = [
  {
    name: 'a helper whose name says nothing, which main calls before it serves',
    path: 'cmd/api/main.go',
    code: `package main

func ensurePayments(conn *gorm.DB) {
\t⟦conn.AutoMigrate(&Payment{})⟧
}

func main() {
\tconn, _ := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
\tensurePayments(conn)
\tlog.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))
}
`,
  },
  {
    name: "the app's own driver, built by its package's constructor, migrating in main before it serves (probe22 L: memos' driver.Migrate)",
    path: 'cmd/app/main.go',
    code: 'package main\n\nimport (\n\t"context"\n\t"net/http"\n\t"os"\n\n\t"example.com/app/store/db"\n)\n\nfunc main() {\n\tctx := context.Background()\n\tdriver, err := db.NewDBDriver(os.Getenv("DSN"))\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tif err := ⟦driver.Migrate(ctx)⟧; err != nil {\n\t\tpanic(err)\n\t}\n\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n',
  },
  {
    name: "an exported function of another package of the module whose body runs AutoMigrate (gin-vue-admin's initialize.RegisterTables), called by main before the module's own server runner",
    path: 'main.go',
    code: 'package main\n\nimport (\n\t"github.com/acme/admin/core"\n\t"github.com/acme/admin/global"\n\t"github.com/acme/admin/initialize"\n)\n\nfunc main() {\n\tglobal.DB = initialize.Gorm()\n\tif global.DB != nil {\n\t\t⟦initialize.RegisterTables()⟧\n\t}\n\tcore.RunWindowsServer()\n}\n',
    options: REGISTER_TABLES,
    relatedFiles: ['initialize/gorm.go'],
    messageIncludes: ['`initialize.RegisterTables()` runs `db.AutoMigrate()` (in initialize/gorm.go) every time the app starts'],
  },
  {
    name: "a stage held by the app's own config: the development branch is off the production start path, its else and the production branch are on it",
    path: 'models/setup.go',
    code: `package models

import (
\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func ConnectDatabase(dsn string) *gorm.DB {
\tdb, _ := gorm.Open(postgres.Open(dsn), &gorm.Config{})
\tif Env != "production" {
\t\tdb.AutoMigrate(&Book{})
\t} else {
\t\t⟦db.AutoMigrate(&Tag{})⟧
\t}
\tif config.Env == "development" || gin.Mode() == gin.DebugMode {
\t\tdb.AutoMigrate(&Author{})
\t}
\tif cfg.Env == "production" {
\t\t⟪db.AutoMigrate(&Post{})⟫
\t}
\treturn db
}
`,
  },
  {
    name: "jackc/tern's migrator in a main that serves",
    path: 'cmd/rota/main.go',
    code: `package main

import (
\t"net/http"
\t"os"

\t"github.com/jackc/pgx/v5"
\t"github.com/jackc/tern/v2/migrate"
)

func main() {
\tconn, _ := pgx.Connect(ctx, os.Getenv("DATABASE_URL"))
\tmigrator, err := migrate.NewMigrator(ctx, conn, "schema_version")
\tif err != nil {
\t\tpanic(err)
\t}
\t_ = migrator.LoadMigrations(os.DirFS("migrations"))
\tif err := ⟦migrator.Migrate(ctx)⟧; err != nil {
\t\tpanic(err)
\t}
\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
`,
    messageIncludes: ['Factor XII', '`migrator.Migrate()`'],
  },
  {
    name: 'dbmate as a library migrates in a main that serves',
    path: 'cmd/gallery/main.go',
    code: `package main

import (
\t"net/http"
\t"net/url"
\t"os"

\t"github.com/amacneil/dbmate/v2/pkg/dbmate"
)

func main() {
\tu, _ := url.Parse(os.Getenv("DATABASE_URL"))
\tdb := dbmate.New(u)
\tif err := ⟦db.CreateAndMigrate()⟧; err != nil {
\t\tpanic(err)
\t}
\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
`,
    messageIncludes: ['Factor XII'],
  },
  {
    name: 'gormigrate runs the listed migrations in a main that serves',
    path: 'cmd/server/main.go',
    code: `package main

import (
\t"os"

\t"github.com/go-gormigrate/gormigrate/v2"
\t"github.com/kataras/iris/v12"
\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func main() {
\tconn, _ := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
\tm := gormigrate.New(conn, gormigrate.DefaultOptions, migrations)
\tif err := ⟦m.Migrate()⟧; err != nil {
\t\tpanic(err)
\t}
\tapp := iris.New()
\t_ = app.Listen(":" + os.Getenv("PORT"))
}
`,
  },
  {
    name: "outside package main: the app's database set-up opens the connection and migrates (the server calls it as it starts)",
    path: 'models/setup.go',
    code: `package models

import (
\t"gorm.io/driver/sqlite"
\t"gorm.io/gorm"
)

var DB *gorm.DB

func ConnectDatabase() {
\tdatabase, err := gorm.Open(sqlite.Open("books.db"), &gorm.Config{})
\tif err != nil {
\t\tpanic("failed to connect to database")
\t}
\t⟦database.AutoMigrate(&Book{})⟧
\t⟪database.AutoMigrate(&Author{})⟫
\tDB = database
}
`,
    messageIncludes: ['Factor XII', 'every time the app starts'],
  },
  {
    name: "a package's init runs in every program that imports it",
    path: 'internal/store/store.go',
    code: `package store

import (
\t"database/sql"

\t"github.com/pressly/goose/v3"
)

var db *sql.DB

func init() {
\t⟦goose.Up(db, "migrations")⟧
}
`,
  },
  {
    name: 'six AutoMigrate calls in one start-up function: one finding, the others related',
    path: 'main.go',
    code: `package main

import (
	"net/http"

	"gorm.io/gorm"
)

func setupDatabase(db *gorm.DB) {
	⟦db.AutoMigrate(&User{})⟧
	⟪db.AutoMigrate(&Product{})⟫
	⟪db.AutoMigrate(&Order{})⟫
	⟪db.AutoMigrate(&Cart{})⟫
	⟪db.AutoMigrate(&Payment{})⟫
	⟪db.AutoMigrate(&Shipment{})⟫
}

func main() {
	db := connect()
	setupDatabase(db)
	http.ListenAndServe(":8080", routes(db))
}
`,
    messageIncludes: ['5 more migration calls in the same function, shown as related locations'],
  },
  {
    name: 'pgx: the schema held in a package constant written once, executed by the pool opened at start (context first)',
    path: 'cmd/ledger/main.go',
    code: `package main

import (
	"context"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

const schema = \`CREATE TABLE IF NOT EXISTS entries (id BIGSERIAL PRIMARY KEY, cents BIGINT NOT NULL)\`

func main() {
	ctx := context.Background()
	pool, _ := pgxpool.New(ctx, "")
	⟦pool.Exec(ctx, schema)⟧
	http.ListenAndServe(":8080", nil)
}
`,
  },
  {
    name: "schema statements in one start-up function, some under an if's block: one finding, the others related",
    path: 'cmd/reports/main.go',
    code: `package main

import (
	"database/sql"
	"net/http"
)

func setupDB(db *sql.DB) error {
	_, err := ⟦db.Exec(\`CREATE TABLE IF NOT EXISTS reports (received TIMESTAMP NOT NULL)\`)⟧
	if err != nil {
		return err
	}
	if _, err = ⟪db.Exec(\`CREATE INDEX received_index ON reports (received)\`)⟫; err != nil {
		return err
	}
	return nil
}

func main() {
	db, _ := sql.Open("postgres", "")
	setupDB(db)
	http.ListenAndServe(":8080", nil)
}
`,
    messageIncludes: ['1 more migration call in the same function, shown as related locations'],
  },
  {
    name: 'gorm AutoMigrate in main before ListenAndServe',
    path: 'main.go',
    code: `package main

import (
\t"log"
\t"net/http"

\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func main() {
\tdb, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\t⟦db.AutoMigrate(&User{}, &Product{})⟧
\tlog.Fatal(http.ListenAndServe(":8080", routes(db)))
}
`,
    messageIncludes: ['Factor XII', '`db.AutoMigrate()` changes the schema every time the app starts', 'one-off admin process'],
  },
  {
    name: 'golang-migrate m.Up() in a setup function main calls, gin started in main',
    path: 'cmd/api/main.go',
    code: `package main

import (
\t"github.com/gin-gonic/gin"
\t"github.com/golang-migrate/migrate/v4"
\t_ "github.com/golang-migrate/migrate/v4/database/postgres"
\t_ "github.com/golang-migrate/migrate/v4/source/file"
)

func runMigrations(url string) error {
\tm, err := migrate.New("file://migrations", url)
\tif err != nil {
\t\treturn err
\t}
\tif err := ⟦m.Up()⟧; err != nil && err != migrate.ErrNoChange {
\t\treturn err
\t}
\treturn nil
}

func main() {
\tif err := runMigrations(os.Getenv("DATABASE_URL")); err != nil {
\t\tpanic(err)
\t}
\tr := gin.Default()
\tr.Run(":8080")
}
`,
    messageIncludes: ['`m.Up()` runs migrations'],
  },
  {
    name: 'goose.Up in a server Start method',
    path: 'internal/server/server.go',
    code: `package server

import (
\t"net/http"

\t"github.com/pressly/goose/v3"
)

func (s *Server) Start() error {
\tif err := ⟦goose.Up(s.db, "migrations")⟧; err != nil {
\t\treturn err
\t}
\treturn s.http.ListenAndServe()
}
`,
  },
  {
    name: 'echo started in a goroutine; AutoMigrate in init of package main',
    path: 'main.go',
    code: `package main

import "github.com/labstack/echo/v4"

var db = connect()

func init() {
\t⟦db.AutoMigrate(&Order{})⟧
}

func main() {
\te := echo.New()
\tgo func() { e.Logger.Fatal(e.Start(":1323")) }()
\twait()
}
`,
  },
  {
    name: 'the app\'s own migration function, in another package, called by a server\'s main',
    path: 'cmd/api/main.go',
    code: `package main

import (
\t"os"

\t"github.com/gin-gonic/gin"

\t"github.com/acme/stockroom/internal/store"
)

func main() {
\tdb, _ := store.Open(os.Getenv("DATABASE_URL"))
\t⟦store.Migrate(db)⟧
\tr := gin.Default()
\tr.Run(":" + os.Getenv("PORT"))
}
`,
    messageIncludes: ['`store.Migrate()` runs migrations every time the app starts'],
  },
  {
    name: 'hand-written DDL run through Exec as the server starts',
    path: 'cmd/geo/main.go',
    code: `package main

import (
\t"net/http"
\t"os"

\t"github.com/jmoiron/sqlx"
)

func main() {
\tdb := sqlx.MustConnect("postgres", os.Getenv("DATABASE_URL"))
\t⟦db.MustExec(\`CREATE TABLE IF NOT EXISTS places (id serial primary key, name text)\`)⟧
\thttp.ListenAndServe(":"+os.Getenv("PORT"), routes(db))
}
`,
    messageIncludes: ['`db.MustExec()` changes the schema every time the app starts'],
  },
  {
    name: "xorm's Sync2 creates and alters tables to match the structs, in a main that serves",
    path: 'cmd/wiki/main.go',
    code: `package main

import (
\t"net/http"
\t"os"

\t"xorm.io/xorm"
)

func main() {
\tengine, _ := xorm.NewEngine("mysql", os.Getenv("WIKI_DSN"))
\t⟦engine.Sync2(new(Page))⟧
\thttp.ListenAndServe(":"+os.Getenv("PORT"), routes(engine))
}
`,
    messageIncludes: ['`engine.Sync2()` changes the schema every time the app starts'],
  },
  {
    name: "beego's ORM creates the registered models' tables as the app starts",
    path: 'main.go',
    code: `package main

import (
\t"github.com/beego/beego/v2/client/orm"
\tbeego "github.com/beego/beego/v2/server/web"
)

func main() {
\t⟦orm.RunSyncdb("default", false, true)⟧
\tbeego.Run()
}
`,
  },
  {
    name: "a //go:build migrate file named migrate.go in the app's package: its init runs golang-migrate before the server that links it starts",
    path: 'internal/app/migrate.go',
    code: `//go:build migrate

package app

import (
\t"errors"
\t"log"
\t"os"

\t"github.com/golang-migrate/migrate/v4"
\t_ "github.com/golang-migrate/migrate/v4/database/postgres"
\t_ "github.com/golang-migrate/migrate/v4/source/file"
)

func init() {
\turl, ok := os.LookupEnv("PG_URL")
\tif !ok {
\t\tlog.Fatal("PG_URL is not set")
\t}
\tapplyMigrations(url)
}

func applyMigrations(url string) {
\tm, err := migrate.New("file://migrations", url)
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tif err := ⟦m.Up()⟧; err != nil && !errors.Is(err, migrate.ErrNoChange) {
\t\tlog.Fatal(err)
\t}
}
`,
  },
];

const valid: ValidExample[] = [
  {
    name: 'a helper that only the `migrate` subcommand calls, in a program that also serves',
    path: 'main.go',
    code: `package main

func prepareTables(conn *gorm.DB) {
\tconn.AutoMigrate(&Invoice{})
}

func serve() {
\tlog.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))
}

func main() {
\tswitch os.Args[1] {
\tcase "migrate":
\t\tprepareTables(openDB())
\tcase "serve":
\t\tserve()
\t}
}
`,
  },
  {
    name: "a value's Migrate in a one-off program that serves nothing, and a Migrate on a value no constructor of a package made",
    path: 'cmd/migrate/main.go',
    code: 'package main\n\nimport (\n\t"context"\n\t"os"\n\n\t"example.com/app/store/db"\n)\n\nfunc main() {\n\tdriver, _ := db.NewDBDriver(os.Getenv("DSN"))\n\tdriver.Migrate(context.Background())\n}\n',
  },
  {
    name: "the same package function called by a migrate command (behind its flag), and by a program that starts no server",
    path: 'main.go',
    code: 'package main\n\nimport (\n\t"flag"\n\n\t"github.com/acme/admin/core"\n\t"github.com/acme/admin/initialize"\n)\n\nvar migrate = flag.Bool("migrate", false, "create the tables, then exit")\n\nfunc main() {\n\tflag.Parse()\n\tif *migrate {\n\t\tinitialize.RegisterTables()\n\t\treturn\n\t}\n\tcore.RunWindowsServer()\n}\n',
    options: REGISTER_TABLES,
  },
  {
    name: 'a one-off program that only registers the tables',
    path: 'cmd/setup/main.go',
    code: 'package main\n\nimport "github.com/acme/admin/initialize"\n\nfunc main() {\n\tinitialize.RegisterTables()\n}\n',
    options: REGISTER_TABLES,
  },
  {
    name: "tern's migrator in a one-off migrate program; its version read in a server",
    path: 'cmd/migrate/main.go',
    code: 'package main\n\nimport "github.com/jackc/tern/v2/migrate"\n\nfunc main() {\n\tm, _ := migrate.NewMigrator(ctx, conn, "schema_version")\n\t_ = m.Migrate(ctx)\n}\n',
  },
  {
    name: "tern's GetCurrentVersion in a server's health check",
    path: 'cmd/rota/main.go',
    code: 'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/jackc/tern/v2/migrate"\n)\n\nfunc main() {\n\tm, _ := migrate.NewMigrator(ctx, conn, "schema_version")\n\tv, _ := m.GetCurrentVersion(ctx)\n\tlog.Println(v)\n\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n',
  },
  {
    name: "dbmate's status and a Migrate of something that is no dbmate",
    path: 'cmd/gallery/main.go',
    code: 'package main\n\nimport "github.com/amacneil/dbmate/v2/pkg/dbmate"\n\nfunc main() {\n\tdb := dbmate.New(u)\n\t_, _ = db.Status(false)\n\tsearch.Migrate()\n}\n',
  },
  {
    name: "xorm's Sync2 in a one-off migrate program, and a Sync that is not xorm's (sync.Once)",
    path: 'cmd/migrate/main.go',
    code: `package main

import (
\t"os"
\t"sync"

\t"xorm.io/xorm"
)

var once sync.Once

func main() {
\tengine, _ := xorm.NewEngine("mysql", os.Getenv("WIKI_DSN"))
\tonce.Do(func() { _ = engine.Sync2(new(Page)) })
}
`,
  },
  {
    name: 'outside package main: a migrate function that opens its own connection, and a connect function that does not migrate',
    path: 'internal/db/db.go',
    code: `package db

import (
\t"os"

\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func RunMigrations() error {
\tconn, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
\tif err != nil {
\t\treturn err
\t}
\treturn conn.AutoMigrate(&User{})
}

func Connect() (*gorm.DB, error) {
\treturn gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
}
`,
  },
  {
    name: 'a separate migrate command',
    path: 'cmd/migrate/main.go',
    code: `package main

import "github.com/golang-migrate/migrate/v4"

func main() {
\tm, _ := migrate.New("file://migrations", os.Getenv("DATABASE_URL"))
\tif err := m.Up(); err != nil {
\t\tpanic(err)
\t}
\thttp.ListenAndServe(":9090", nil)
}
`,
  },
  {
    name: 'a program that migrates and starts no server',
    path: 'cmd/dbtool/main.go',
    code: `package main

func main() {
\tdb := connect()
\tdb.AutoMigrate(&User{})
}
`,
  },
  {
    name: 'migrations behind a flag, a subcommand, or a setting',
    path: 'main.go',
    code: `package main

import (
\t"flag"
\t"net/http"
\t"os"
)

var migrateOnly = flag.Bool("migrate", false, "run migrations and exit")

func main() {
\tflag.Parse()
\tdb := connect()
\tif *migrateOnly {
\t\tdb.AutoMigrate(&User{})
\t\treturn
\t}
\tif len(os.Args) > 1 {
\t\tswitch os.Args[1] {
\t\tcase "migrate":
\t\t\tdb.AutoMigrate(&User{})
\t\t\treturn
\t\t}
\t}
\tif cfg.AutoMigrate {
\t\tdb.AutoMigrate(&User{})
\t}
\thttp.ListenAndServe(":8080", nil)
}
`,
  },
  {
    name: 'an admin endpoint and a cobra command that migrate; a constructor that is not on the start path',
    path: 'internal/app/app.go',
    code: `package app

import "net/http"

func NewStore(db *gorm.DB) *Store {
\tdb.AutoMigrate(&User{})
\treturn &Store{db: db}
}

func (a *App) Serve() error {
\thttp.HandleFunc("/admin/migrate", func(w http.ResponseWriter, r *http.Request) {
\t\ta.db.AutoMigrate(&User{})
\t})
\tcmd := &cobra.Command{Use: "migrate", Run: func(cmd *cobra.Command, args []string) { a.db.AutoMigrate(&User{}) }}
\t_ = cmd
\treturn http.ListenAndServe(":8080", nil)
}
`,
  },
  {
    name: 'a dev tool',
    path: 'tools/devserver/main.go',
    code: `package main

func main() {
\tdb.AutoMigrate(&User{})
\thttp.ListenAndServe(":8080", nil)
}
`,
  },
  {
    name: 'a test file',
    path: 'internal/store/store_test.go',
    code: `package store

func TestMain(m *testing.M) {
\tdb.AutoMigrate(&User{})
\thttp.ListenAndServe(":0", nil)
}
`,
  },
  {
    name: 'the app\'s migration function in a program that starts no server, and a server whose Migrate call is an option',
    path: 'cmd/api/main.go',
    code: `package main

import (
\t"flag"
\t"net/http"

\t"github.com/acme/stockroom/internal/store"
)

func main() {
\tmigrate := flag.Bool("migrate", false, "migrate and exit")
\tflag.Parse()
\tdb := store.MustOpen()
\tif *migrate {
\t\tstore.Migrate(db)
\t\treturn
\t}
\thttp.ListenAndServe(":"+os.Getenv("PORT"), store.Routes(db))
}
`,
  },
  {
    name: 'statements that change no schema: inserts, a temporary table, DDL in a handler',
    path: 'main.go',
    code: `package main

import (
\t"net/http"
\t"os"
)

func main() {
\tdb := open()
\tdb.Exec("INSERT INTO boots (at) VALUES (now())")
\tdb.Exec("CREATE TEMP TABLE scratch (id int)")
\thttp.HandleFunc("/admin/reset", func(w http.ResponseWriter, r *http.Request) {
\t\tdb.Exec("DROP TABLE sessions")
\t})
\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
`,
  },
  {
    name: "a file named migrate.go: functions other than the package's init may be the migrate command's",
    path: 'internal/store/migrate.go',
    code: `package store

import "github.com/golang-migrate/migrate/v4"

func Migrate(url string) error {
\tm, err := migrate.New("file://migrations", url)
\tif err != nil {
\t\treturn err
\t}
\treturn m.Up()
}
`,
  },
  {
    name: "goose's Go migrations register in their init (a migrations/ folder)",
    path: 'db/migrations/20240312_backfill.go',
    code: `package migrations

import "github.com/pressly/goose/v3"

func init() {
\tgoose.AddMigrationContext(upBackfill, downBackfill)
}
`,
  },
];

export const goExamples: Examples = { valid, invalid };
