package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/fasthttp/router"
	"github.com/valyala/fasthttp"
)

func main() {
	r := router.New()
	r.GET("/t.gif", track)
	r.GET("/admin/stats", BasicAuth(stats, "ops", "Pebble#90lantern33")) // tfl-eval: hardcoded-credential

	server := &fasthttp.Server{Handler: r.Handler, Name: "tracker"}
	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, os.Interrupt)
		<-sig
		_ = server.Shutdown()
	}()
	if err := server.ListenAndServe(":" + os.Getenv("PORT")); err != nil {
		panic(err)
	}
}