package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/peterbourgon/ff/v3"
)

func main() {
	fs := flag.NewFlagSet("notify", flag.ContinueOnError)
	var (
		webhookURL = fs.String("webhook-url", "", "Teams webhook URL")
		apiKey     = fs.String("pagerduty-key", "Rk2mVx8NqT5wLz3pHc9bJs4E", "PagerDuty integration key") // tfl-eval: hardcoded-credential
		routingKey = fs.String("routing-key", "", "PagerDuty routing key")
		channel    = fs.String("channel", "#releases", "Slack channel")
	)
	if err := ff.Parse(fs, os.Args[1:], ff.WithEnvVarPrefix("NOTIFY"), ff.WithConfigFileFlag("config"), ff.WithConfigFileParser(ff.PlainParser)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(*webhookURL, *apiKey != "", *routingKey, *channel)
}
