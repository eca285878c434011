package main

import (
	"log"
	"os"

	"github.com/notifyco/notify-sinks/sink"
)

func main() {
	r, err := sink.NewRedis(os.Getenv("NOTIFY_REDIS_URL"), "notify")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("sinks: %v %v", r, sink.Sendmail{Path: "/usr/sbin/sendmail"})
}
