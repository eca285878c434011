package migrations

import "github.com/uptrace/bun/migrate"

// Migrations collects the SQL files in this folder.
var Migrations = migrate.NewMigrations()

func init() {
	if err := Migrations.DiscoverCaller(); err != nil {
		panic(err)
	}
}
