package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	logFile := flag.String("log-file", "", "write the replay log to this file")
	flag.Parse()
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644) // tfl-eval-not: file-logger
		if err != nil {
			log.Fatal(err)
		}
		log.SetOutput(f)
	}
	log.Println("replay started")
}
