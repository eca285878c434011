package store

import (
	"database/sql"
	"testing"

	"github.com/go-sql-driver/mysql"
)

func TestOpenLocal(t *testing.T) {
	cfg := mysql.Config{User: "root", Net: "tcp", Addr: "127.0.0.1:3306", DBName: "polls_test"} // tfl-eval-not: hardcoded-backing-service
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
}
