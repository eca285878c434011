package main

import (
	"log"
	"net/http"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Payment struct {
	ID     uint
	Amount int64
}

// ensureSchema runs on every start of the API: main calls it before serving.
func ensureSchema(conn *gorm.DB) {
	if err := conn.AutoMigrate(&Payment{}); err != nil { // tfl-eval: startup-migration
		log.Fatal(err)
	}
}

func main() {
	conn, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	ensureSchema(conn)
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}
