package main

import (
	"log"

	"example.com/billing/internal/store"
)

func main() {
	db, err := store.OpenLedger()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("ledger ready")
}
