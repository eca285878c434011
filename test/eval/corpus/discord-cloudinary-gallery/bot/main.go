package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/bwmarrin/discordgo"
)

func main() {
	dg, err := discordgo.New("Bot " + "MTgwMzMwNTU3MDk4MDQ2MDczOQ.9uqRfp.Gmv0afcb1XvS5CFbDfOdGaZznviMfV1naBDAur") // tfl-eval: hardcoded-credential
	if err != nil {
		log.Fatal(err)
	}
	if err := dg.Open(); err != nil {
		log.Fatal(err)
	}
	defer dg.Close()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
}
