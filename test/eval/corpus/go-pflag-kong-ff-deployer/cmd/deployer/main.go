package main

import (
	"fmt"
	"os"

	flag "github.com/spf13/pflag"
)

var (
	registryToken string
	environment   string
	dryRun        bool
)

func main() {
	flag.StringVarP(&registryToken, "registry-token", "t", "lh7jfsMOwEquI6QVBfCN", "token for the image registry") // tfl-eval: hardcoded-credential
	flag.StringVarP(&environment, "env", "e", "staging", "target environment")
	flag.BoolVar(&dryRun, "dry-run", false, "print the plan only")
	password := flag.StringP("password", "p", "", "database password (or set DEPLOY_DB_PASSWORD)")
	passwordFile := flag.String("password-file", "/run/secrets/deploy_db", "file holding the database password")
	slackToken := flag.String("slack-token", "uxKEA08uOw0NJt9moXpyuVEJ", "Slack bot token for release notes") // tfl-eval: hardcoded-credential
	flag.Parse()

	if *password == "" {
		*password = os.Getenv("DEPLOY_DB_PASSWORD")
	}
	fmt.Println(environment, dryRun, *passwordFile, *slackToken != "")
}
