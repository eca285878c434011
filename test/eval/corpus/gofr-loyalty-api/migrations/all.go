package migrations

import "gofr.dev/pkg/gofr/migration"

func All() map[int64]migration.Migrate {
	return map[int64]migration.Migrate{
		20240301120000: createMembers(),
	}
}

func createMembers() migration.Migrate {
	return migration.Migrate{UP: func(d migration.Datasource) error {
		_, err := d.SQL.Exec(`CREATE TABLE IF NOT EXISTS members (id VARCHAR(36) PRIMARY KEY, email VARCHAR(255), password_hash CHAR(60), points INT)`)
		return err
	}}
}
