package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/go-sql-driver/mysql"
)

func main() {
	cfg := mysql.Config{
		User:   "inventory",
		Passwd: "Vmosg08_zIl7", // tfl-eval: hardcoded-credential
		Net:    "tcp",
		Addr:   os.Getenv("MYSQL_ADDR"),
		DBName: "inventory",
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
