package sources

import (
	"database/sql"
	"os"

	go_ora "github.com/sijms/go-ora/v2"
)

// Billing reads the billing schema on the old Oracle box.
func Billing() (*sql.DB, error) {
	dsn := go_ora.BuildUrl("billing-ora.internal", 1521, "BILLPDB", "REPORTS_RO", "gfBO_1eEvkJW*sh%*y", nil) // tfl-eval: hardcoded-credential
	return sql.Open("oracle", dsn)
}

// BillingFromEnv is how the replacement job connects.
func BillingFromEnv() (*sql.DB, error) {
	dsn := go_ora.BuildUrl(os.Getenv("ORA_HOST"), 1521, os.Getenv("ORA_SERVICE"), os.Getenv("ORA_USER"), os.Getenv("ORA_PASSWORD"), nil) // tfl-eval-not: hardcoded-credential
	return sql.Open("oracle", dsn)
}
