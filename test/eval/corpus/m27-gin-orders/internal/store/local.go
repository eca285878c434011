package store

import "database/sql"

// OpenLocal is what `make dev` uses against the compose MySQL.
func OpenLocal() (*sql.DB, error) {
	return sql.Open("mysql", "root:root@tcp(localhost:3306)/orders_dev") // tfl-eval: hardcoded-backing-service
}

// OpenSocket talks to the local server's socket with no password.
func OpenSocket() (*sql.DB, error) {
	return sql.Open("mysql", "orders@unix(/var/run/mysqld/mysqld.sock)/orders") // tfl-eval-not: hardcoded-credential
}
