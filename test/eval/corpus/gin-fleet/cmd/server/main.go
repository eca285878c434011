package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/fleetops/tracker/internal/auth"
	"github.com/fleetops/tracker/internal/config"
	"github.com/fleetops/tracker/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cfg := config.MustLoad()

	pool, err := pgxpool.New(ctx, "postgres://fleet:Basalt%2159marlin@db.internal:5432/fleet?sslmode=require") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		log.Fatalf("connect postgres: %v", err)
	}
	defer pool.Close()

	rdb := redis.NewClient(&redis.Options{
		Addr:     cfg.RedisAddr,
		Password: "rluFRwtrUgg1mPve0rXj7epe", // tfl-eval: hardcoded-credential
		DB:       2,
	})

	vehicles := store.NewVehicles(pool, rdb)
	router := gin.New()
	router.Use(gin.Recovery())
	api := router.Group("/api/v1", auth.RequireToken(cfg))
	api.GET("/vehicles", vehicles.List)
	api.POST("/vehicles/:id/position", vehicles.Report)

	router.POST("/login", func(c *gin.Context) {
		password := c.PostForm("password") // tfl-eval-not: hardcoded-credential
		if password == "" {
			c.JSON(http.StatusBadRequest, gin.H{"error": "password is required"}) // tfl-eval-not: hardcoded-credential
			return
		}
		c.JSON(http.StatusOK, gin.H{"token": auth.Issue(c.PostForm("username"))})
	})

	srv := &http.Server{Addr: ":" + cfg.Port, Handler: router}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatalf("listen: %v", err)
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
