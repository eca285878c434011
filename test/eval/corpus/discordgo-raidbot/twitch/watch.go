package twitch

import (
	"log"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/nicklaw5/helix/v2"
)

// Config is the [twitch] table of config.toml.
type Config struct {
	ClientID     string   `toml:"client_id"`
	ClientSecret string   `toml:"client_secret"` // tfl-eval-not: hardcoded-credential
	Channels     []string `toml:"channels"`
}

func Watch(cfg Config, session *discordgo.Session) {
	client, err := helix.NewClient(&helix.Options{
		ClientID:     cfg.ClientID,
		ClientSecret: cfg.ClientSecret, // tfl-eval-not: hardcoded-credential
	})
	if err != nil {
		log.Printf("twitch: %v", err)
		return
	}
	for range time.Tick(2 * time.Minute) {
		streams, err := client.GetStreams(&helix.StreamsParams{UserLogins: cfg.Channels})
		if err != nil {
			continue
		}
		for _, s := range streams.Data.Streams {
			log.Printf("%s is live: %s", s.UserName, s.Title)
		}
	}
}
