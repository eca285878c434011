package main

import (
	"github.com/alecthomas/kong"
)

var CLI struct {
	Host     string `help:"Database host." default:"localhost" env:"PGHOST"`
	User     string `help:"Database user." default:"snapshots" env:"PGUSER"`
	Password string `help:"Database password." default:"2nlLyg18WhE976JaqOaIDWxs" env:"PGPASSWORD"` // tfl-eval: hardcoded-credential
	Bucket   string `help:"Target bucket." default:"db-snapshots" env:"SNAP_BUCKET"`
	S3Secret string `name:"s3-secret" help:"S3 secret key (or set AWS_SECRET_ACCESS_KEY)." env:"AWS_SECRET_ACCESS_KEY"`
	Token    string `kong:"env='SNAP_WEBHOOK_TOKEN',default='1Ltnb33eS8iEpCzL9QwXv2Rm',help='Token sent to the webhook.'"` // tfl-eval: hardcoded-credential
	Passcode string `help:"Passcode hint shown in the prompt." default:"(six digits)"`
}

func main() {
	ctx := kong.Parse(&CLI, kong.Description("Takes a database snapshot and uploads it."))
	ctx.FatalIfErrorf(run())
}

func run() error { return nil }
