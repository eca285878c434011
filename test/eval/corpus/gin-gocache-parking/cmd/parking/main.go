package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/example/parking/internal/auth"
	"github.com/example/parking/internal/geo"
)

func main() {
	r := gin.New()
	r.Use(gin.Recovery())
	r.POST("/login", func(c *gin.Context) { auth.Login(c, auth.Driver{ID: 1, Plate: c.PostForm("plate")}) })
	r.GET("/zone", auth.Require, func(c *gin.Context) {
		lat, _ := strconv.ParseFloat(c.Query("lat"), 64)
		lng, _ := strconv.ParseFloat(c.Query("lng"), 64)
		c.JSON(http.StatusOK, gin.H{"zone": geo.ZoneFor(lat, lng)})
	})
	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go srv.ListenAndServe()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
