package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"github.com/gorilla/mux"
	"github.com/sirupsen/logrus"
	"gopkg.in/natefinch/lumberjack.v2"
	"xorm.io/xorm"

	"example.org/teamwiki/wiki"
)

func main() {
	log := logrus.New()
	log.SetFormatter(&logrus.JSONFormatter{})
	log.SetOutput(&lumberjack.Logger{ // tfl-eval: file-logger
		Filename:   "/var/log/teamwiki/wiki.log",
		MaxSize:    50,
		MaxBackups: 3,
	})

	engine, err := xorm.NewEngine("mysql", os.Getenv("WIKI_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	// Create or alter the pages table to match the struct.
	if err := engine.Sync2(new(wiki.Page)); err != nil { // tfl-eval: startup-migration
		log.Fatal(err)
	}

	h := &wiki.Handlers{Engine: engine, Log: log}
	r := mux.NewRouter()
	r.HandleFunc("/wiki/{slug}", h.Show).Methods(http.MethodGet)
	r.HandleFunc("/wiki/{slug}/draft", h.SaveDraft).Methods(http.MethodPut)

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go func() { _ = srv.ListenAndServe() }()

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	<-sig
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
