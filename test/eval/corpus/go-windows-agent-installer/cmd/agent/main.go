package main

import (
	"flag"
	"log"
)

func main() {
	token := flag.String("token", "", "enrollment token")
	flag.Parse()
	if *token == "" {
		log.Fatal("missing -token")
	}
}
