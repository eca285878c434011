package main

import (
	"log"
	"os"
	"strings"

	"github.com/acme/collector/internal/bus"
)

func main() {
	brokers := strings.Split(os.Getenv("KAFKA_BROKERS"), ",")
	p, err := bus.NewProducer(brokers)
	if err != nil {
		log.Fatal(err)
	}
	defer p.Close()
	log.Println("collector started")
}
