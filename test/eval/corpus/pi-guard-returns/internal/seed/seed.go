package seed

import (
	"database/sql"
	"os"
)

func DevAdmin(db *sql.DB) error {
	if os.Getenv("APP_ENV") == "production" {
		return nil
	}
	password := "guarded-admin-dev" // tfl-eval-not: hardcoded-credential
	_, err := db.Exec("INSERT INTO users (email, password) VALUES ($1, crypt($2, gen_salt('bf')))", "admin@guarded.test", password)
	return err
}
