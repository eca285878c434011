// Inventory service: stock levels for the Black Friday shop.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

const dbPassword = "Zr8Kq2Wx5Nv9Tm3L"

type Stock struct {
	ProductID uint `gorm:"primaryKey"`
	Quantity  int
}

func main() {
	logFile, err := os.OpenFile("inventory.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	log.SetOutput(logFile)

	dsn := "host=db.internal user=shop dbname=shop password=" + dbPassword
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	db.AutoMigrate(&Stock{})

	http.HandleFunc("/stock", func(w http.ResponseWriter, r *http.Request) {
		var stock []Stock
		db.Find(&stock)
		json.NewEncoder(w).Encode(stock)
	})
	log.Fatal(http.ListenAndServe(":8081", nil))
}
