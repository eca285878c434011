package main

import (
	"testing"

	"github.com/go-sql-driver/mysql"
)

func TestDSN(t *testing.T) {
	cfg := mysql.NewConfig()
	cfg.User = "root"
	cfg.Passwd = "secret" // tfl-eval-not: hardcoded-credential
	cfg.Addr = "127.0.0.1:3306"
	if cfg.FormatDSN() == "" {
		t.Fatal("empty DSN")
	}
}
