package main

import (
	"go.uber.org/fx"

	"github.com/acme/notifier/internal/channels"
	"github.com/acme/notifier/internal/config"
	"github.com/acme/notifier/internal/httpapi"
)

func main() {
	fx.New(
		fx.Provide(
			config.New,
			channels.NewTelegram,
			channels.NewPushover,
			channels.NewWebhookSigner,
			httpapi.NewServer,
		),
		fx.Invoke(httpapi.Register),
	).Run()
}