package main

import (
	"log"
	"os"
	"strings"

	"github.com/acme-ops/scheduler/internal/coord"
	"github.com/acme-ops/scheduler/internal/queue"
)

func main() {
	endpoints := strings.Split(os.Getenv("ETCD_ENDPOINTS"), ",")
	if _, err := coord.NewEtcd(endpoints); err != nil {
		log.Fatalf("etcd: %v", err)
	}
	if err := coord.Register(os.Getenv("CONSUL_HTTP_ADDR")); err != nil {
		log.Fatalf("consul: %v", err)
	}
	if _, err := queue.Connect(); err != nil {
		log.Fatalf("nats: %v", err)
	}
	log.Println("password rotation job registered") // tfl-eval-not: hardcoded-credential
}
