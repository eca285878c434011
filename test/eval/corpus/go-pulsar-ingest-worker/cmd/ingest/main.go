package main

import (
	"log"
	"os"

	"github.com/apache/pulsar-client-go/pulsar"
)

func client() (pulsar.Client, error) {
	if path := os.Getenv("PULSAR_TOKEN_FILE"); path != "" {
		return pulsar.NewClient(pulsar.ClientOptions{
			URL:            os.Getenv("PULSAR_URL"),
			Authentication: pulsar.NewAuthenticationTokenFromFile(path), // tfl-eval-not: hardcoded-credential
		})
	}
	return pulsar.NewClient(pulsar.ClientOptions{
		URL:            "pulsar+ssl://pulsar.streamco.internal:6651",
		Authentication: pulsar.NewAuthenticationToken("eyJhbGciOiAiSFMyNTYifQ.eyJzdWIiOiAiaW5nZXN0LXdvcmtlciJ9.agApa4nDC5LoHGdVVzU_kQ5TTkwzSp6H011VrpD56T8"), // tfl-eval: hardcoded-credential
	})
}

func partnerClient() (pulsar.Client, error) {
	return pulsar.NewClient(pulsar.ClientOptions{
		URL: "pulsar+ssl://partner-pulsar.example.net:6651",
		Authentication: pulsar.NewAuthenticationOAuth2(map[string]string{
			"type":       "client_credentials",
			"issuerUrl":  "https://auth.partner.example.net/",
			"audience":   "urn:sn:pulsar:partner:ingest",
			"privateKey": "/etc/pulsar/oauth2/credentials.json", // tfl-eval-not: hardcoded-credential
		}),
	})
}

func main() {
	c, err := client()
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	consumer, err := c.Subscribe(pulsar.ConsumerOptions{Topic: "persistent://streamco/ingest/events", SubscriptionName: "ingest"})
	if err != nil {
		log.Fatal(err)
	}
	defer consumer.Close()
	_, _ = partnerClient()
}
