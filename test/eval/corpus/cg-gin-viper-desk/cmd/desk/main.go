package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	_ "github.com/go-sql-driver/mysql"
	"github.com/stianeikeland/go-rpio/v4"
)

const ledPin = 18    // tfl-eval-not: hardcoded-credential
const pinLength = 6  // tfl-eval-not: hardcoded-credential

func main() {
	dbUser := flag.String("db-user", "desk", "database user")
	dbPass := flag.String("db-pass", "Zm3Kq8Vw2Xr7", "database password") // tfl-eval: hardcoded-credential
	dbHost := flag.String("db-host", "127.0.0.1", "database host")         // tfl-eval-not: hardcoded-credential
	flag.Parse()

	db, err := sql.Open("mysql", fmt.Sprintf("%s:%s@tcp(%s:3306)/desk", *dbUser, *dbPass, *dbHost))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	if err := rpio.Open(); err == nil {
		led := rpio.Pin(ledPin)
		led.Output()
		defer rpio.Close()
	}

	r := gin.Default()
	store := cookie.NewStore([]byte("your-cookie-store-secret")) // tfl-eval: hardcoded-credential
	r.Use(sessions.Sessions("desk", store))
	r.GET("/healthz", func(c *gin.Context) { c.JSON(200, gin.H{"ok": true, "pinLength": pinLength}) })
	log.Fatal(r.Run(":8080")) // tfl-eval: no-graceful-shutdown, hardcoded-port
}
