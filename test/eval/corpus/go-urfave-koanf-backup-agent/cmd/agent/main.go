package main

import (
	"log"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/harbourline/backup-agent/internal/config"
	"github.com/harbourline/backup-agent/internal/store"
)

func main() {
	app := &cli.App{
		Name:  "backup-agent",
		Usage: "ships nightly pg_dump archives to object storage",
		Flags: []cli.Flag{
			&cli.StringFlag{
				Name:    "pg-password",
				Usage:   "password of the backup role",
				EnvVars: []string{"BACKUP_PG_PASSWORD"}, // tfl-eval-not: hardcoded-credential
				Value:   "Vw4YyP0aC2kKS0oDkq", // tfl-eval: hardcoded-credential
			},
			&cli.StringFlag{
				Name:    "s3-secret-key",
				Usage:   "secret access key for the archive bucket",
				EnvVars: []string{"BACKUP_S3_SECRET_KEY"}, // tfl-eval-not: hardcoded-credential
			},
			&cli.StringFlag{
				Name:  "password-file",
				Usage: "read the role's password from this file instead", // tfl-eval-not: hardcoded-credential
				Value: "/run/secrets/pg_password", // tfl-eval-not: hardcoded-credential
			},
			&cli.StringFlag{
				Name:    "webhook-token",
				Aliases: []string{"t"},
				Value:   "", // tfl-eval-not: hardcoded-credential
			},
		},
		Action: func(c *cli.Context) error {
			cfg, err := config.Load()
			if err != nil {
				return err
			}
			if pw := c.String("pg-password"); pw != "" {
				cfg.Postgres.Password = pw
			}
			return store.Run(c.Context, cfg)
		},
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
