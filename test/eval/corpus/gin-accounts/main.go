package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string
}

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{}) // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	db.AutoMigrate(&Account{}) // tfl-eval: startup-migration

	router := gin.Default()
	router.GET("/accounts/:id", func(c *gin.Context) {
		var account Account
		if err := db.First(&account, c.Param("id")).Error; err != nil {
			c.Status(http.StatusNotFound)
			return
		}
		c.JSON(http.StatusOK, account)
	})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: router} // tfl-eval-not: hardcoded-port
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) { // tfl-eval-not: no-graceful-shutdown
			log.Fatal(err)
		}
	}()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
