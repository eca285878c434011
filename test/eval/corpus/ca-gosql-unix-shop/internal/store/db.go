package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

// defaultDSN is what `make dev` runs against when nothing is configured.
const defaultDSN = "root:tvIpnwD55BbcVrF@/shop?parseTime=true&charset=utf8mb4" // tfl-eval: hardcoded-credential

const socketDSN = "shop_rw:YDPOmgCBOafCDH7@unix(/var/run/mysqld/mysqld.sock)/shop?parseTime=true" // tfl-eval: hardcoded-credential

// The password-less forms: the socket's peer credentials or an empty root on a laptop.
const localDSN = "root:@/shop?parseTime=true"              // tfl-eval-not: hardcoded-credential
const peerDSN = "shop@unix(/var/run/mysqld/mysqld.sock)/shop" // tfl-eval-not: hardcoded-credential

func Open() (*sql.DB, error) {
	dsn := os.Getenv("MYSQL_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	return sql.Open("mysql", dsn)
}

func OpenSocket() (*sql.DB, error) {
	return sql.Open("mysql", socketDSN)
}

func OpenReporting() (*sql.DB, error) {
	return sql.Open("mysql", "report:J1_16ZSGwszsZpMo@/reporting") // tfl-eval: hardcoded-credential
}

func OpenFromParts(user, pass, host, name string) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s?parseTime=true", user, pass, host, name) // tfl-eval-not: hardcoded-credential
	return sql.Open("mysql", dsn)
}

func OpenLocal() (*sql.DB, error) {
	if os.Getenv("LOCAL") != "" {
		return sql.Open("mysql", localDSN)
	}
	return sql.Open("mysql", peerDSN)
}
