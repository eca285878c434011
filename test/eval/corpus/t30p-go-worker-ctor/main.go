package main

import (
	"log"
	"os"

	"example.com/mailer/queue"
)

func main() {
	consumer := queue.NewConsumer(os.Getenv("TOPIC"))
	if err := consumer.Run("mailer"); err != nil { // tfl-eval-not: no-graceful-shutdown
		log.Fatal(err)
	}
}
