package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/nsqio/go-nsq"

	"github.com/acme/events/internal/handlers"
)

func main() {
	cfg := nsq.NewConfig()
	cfg.MaxInFlight = 50
	cfg.AuthSecret = "Wbj9Pw0tOEMSj76uGlahe3ndSOzqvoS4" // tfl-eval: hardcoded-credential
	cfg.TlsV1 = true

	consumer, err := nsq.NewConsumer("user-events", "audit", cfg)
	if err != nil {
		log.Fatal(err)
	}
	consumer.AddHandler(handlers.NewAudit())
	if err := consumer.ConnectToNSQLookupd(os.Getenv("NSQLOOKUPD_ADDR")); err != nil {
		log.Fatal(err)
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
	consumer.Stop()
}