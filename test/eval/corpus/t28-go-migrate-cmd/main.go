package main

import (
	"fmt"
	"log"
	"net/http"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Invoice struct {
	ID     uint
	Number string
	Cents  int64
}

var db *gorm.DB

func openDB() *gorm.DB {
	conn, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	return conn
}

// prepareTables is what the `migrate` subcommand runs; the server never calls it.
func prepareTables(conn *gorm.DB) {
	if err := conn.AutoMigrate(&Invoice{}); err != nil { // tfl-eval-not: startup-migration
		log.Fatal(err)
	}
}

func serve() {
	db = openDB()
	http.HandleFunc("/invoices", func(w http.ResponseWriter, r *http.Request) {
		var list []Invoice
		db.Find(&list)
		fmt.Fprintf(w, "%d invoices\n", len(list))
	})
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: invoices serve|migrate")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "migrate":
		prepareTables(openDB())
	case "serve":
		serve()
	default:
		os.Exit(2)
	}
}
