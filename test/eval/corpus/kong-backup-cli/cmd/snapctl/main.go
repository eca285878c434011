package main

import (
	"github.com/alecthomas/kong"

	"github.com/acme/snapctl/internal/store"
)

var CLI struct {
	Bucket    string `help:"Destination bucket." default:"snapctl-backups"`
	Endpoint  string `help:"S3 endpoint." default:"https://s3.eu-central-1.wasabisys.com"`
	AccessKey string `help:"Access key." env:"SNAPCTL_ACCESS_KEY" default:"9XQ2LPZ7M4RKT8WB3JNV"`
	SecretKey string `help:"Secret key." env:"SNAPCTL_SECRET_KEY" default:"vcu36QSlSPuoco4sH80OZOeTydLwWyMweUucdxEc"` // tfl-eval: hardcoded-credential
	Passphrase string `help:"Encryption passphrase for archives." env:"SNAPCTL_PASSPHRASE"` // tfl-eval-not: hardcoded-credential

	Backup struct {
		Paths []string `arg:"" help:"Paths to back up."`
	} `cmd:"" help:"Back up paths."`
}

func main() {
	ctx := kong.Parse(&CLI)
	s := store.New(CLI.Endpoint, CLI.AccessKey, CLI.SecretKey, CLI.Bucket)
	ctx.FatalIfErrorf(s.Upload(CLI.Backup.Paths, CLI.Passphrase))
}
