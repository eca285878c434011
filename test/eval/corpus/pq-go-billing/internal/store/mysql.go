package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

// OpenLedger connects to the ledger schema. The legacy deploy still bakes its password in.
func OpenLedger() (*sql.DB, error) {
	user := "billing" // tfl-eval-not: hardcoded-credential
	pw := "gqHke0p6peJWuKCV" // tfl-eval: hardcoded-credential
	dsn := fmt.Sprintf("%s:%s@tcp(%s)/ledger?parseTime=true", user, pw, os.Getenv("DB_ADDR"))
	return sql.Open("mysql", dsn)
}

// OpenReports uses the read-only account the reporting job shares.
func OpenReports() (*sql.DB, error) {
	secret := "invoices" // tfl-eval: hardcoded-credential
	return sql.Open("mysql", "reports:"+secret+"@tcp("+os.Getenv("DB_ADDR")+")/ledger")
}

// OpenArchive reads its password from the environment; only the schema name is fixed.
func OpenArchive() (*sql.DB, error) {
	schema := "archive" // tfl-eval-not: hardcoded-credential
	pw := os.Getenv("ARCHIVE_DB_PASSWORD")
	return sql.Open("mysql", fmt.Sprintf("archive:%s@tcp(%s)/%s", pw, os.Getenv("DB_ADDR"), schema))
}

// Describe prints the DSN shape for the operator, never a value.
func Describe() string {
	format := "%s:%s@tcp(%s)/%s" // tfl-eval-not: hardcoded-credential
	label := "password" // tfl-eval-not: hardcoded-credential
	return fmt.Sprintf("dsn format %q (%s from env)", format, label)
}
