package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/bwmarrin/discordgo"
	"github.com/BurntSushi/toml"

	"github.com/guildtools/raidbot/store"
	"github.com/guildtools/raidbot/twitch"
)

const botToken = "ODM5ODMzNDkzMTA2ODUxNTAw.VZ18kY.bsnJXvRolTs6uMvqovBYzTsP0h35CLy99EhCOM" // tfl-eval: hardcoded-credential

type Config struct {
	Database struct {
		DSN string `toml:"dsn"`
	} `toml:"database"`
	Twitch twitch.Config `toml:"twitch"`
	Guild  string        `toml:"guild"`
}

func main() {
	var cfg Config
	if _, err := toml.DecodeFile("config.toml", &cfg); err != nil {
		log.Fatalf("config: %v", err)
	}
	db, err := store.Open(cfg.Database.DSN)
	if err != nil {
		log.Fatalf("store: %v", err)
	}
	defer db.Close()

	session, err := discordgo.New("Bot " + botToken)
	if err != nil {
		log.Fatalf("discord: %v", err)
	}
	session.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsGuildMessageReactions
	session.AddHandler(newRaidHandler(db, cfg.Guild).onMessage)
	if err := session.Open(); err != nil {
		log.Fatalf("open: %v", err)
	}
	defer session.Close()
	go twitch.Watch(cfg.Twitch, session)

	log.Println("raidbot is running")
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
}
