package main

import (
	"fmt"
	"log"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/archivy/s3mirror/internal/storage"
)

func main() {
	app := &cli.App{
		Name:  "s3mirror",
		Usage: "mirror a local directory into an S3-compatible bucket",
		Flags: []cli.Flag{
			&cli.StringFlag{
				Name:    "endpoint",
				Value:   "https://s3.eu-central-1.wasabisys.com",
				EnvVars: []string{"S3MIRROR_ENDPOINT"},
			},
			&cli.StringFlag{
				Name:    "access-key",
				Usage:   "access key id of the mirror user",
				Value:   "AKIAZA5Y3NC6OW4XENEU", // tfl-eval: hardcoded-credential
				EnvVars: []string{"S3MIRROR_ACCESS_KEY"},
			},
			&cli.StringFlag{
				Name:    "secret-key",
				Usage:   "secret access key of the mirror user",
				Value:   "81wyJjY7ExxWikQ3T2MhuhrvxmYWb15Do0ALSi19", // tfl-eval: hardcoded-credential
				EnvVars: []string{"S3MIRROR_SECRET_KEY"},
			},
			&cli.StringFlag{
				Name:    "encryption-passphrase",
				Usage:   "client-side encryption passphrase (empty disables encryption)",
				EnvVars: []string{"S3MIRROR_PASSPHRASE"}, // tfl-eval-not: hardcoded-credential
			},
			&cli.BoolFlag{Name: "dry-run"},
		},
		Action: run,
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}

func run(c *cli.Context) error {
	client, err := storage.New(c.Context, c.String("endpoint"), c.String("access-key"), c.String("secret-key"))
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	return client.Mirror(c.Context, c.Args().First(), c.Args().Get(1), c.Bool("dry-run"))
}
