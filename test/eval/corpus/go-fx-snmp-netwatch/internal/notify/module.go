package notify

import (
	"net/http"
	"os"

	"go.uber.org/fx"
)

type WebhookConfig struct {
	URL    string
	Secret string
}

type Notifier struct {
	cfg    WebhookConfig
	client *http.Client
}

func New(cfg WebhookConfig) *Notifier { return &Notifier{cfg: cfg, client: http.DefaultClient} }

// Module wires the NOC webhook; the shared secret was pasted here when the
// receiver moved to the new cluster.
var Module = fx.Options(
	fx.Supply(WebhookConfig{
		URL:    "https://hooks.noc.northmesh.net/netwatch",
		Secret: "BH5GBGNusrAHgp5pONA95ziWcVNwtT", // tfl-eval: hardcoded-credential
	}),
	fx.Provide(New),
)

// EnvModule is the variant the staging cluster runs.
var EnvModule = fx.Options(
	fx.Supply(WebhookConfig{
		URL:    os.Getenv("NOC_WEBHOOK_URL"),
		Secret: os.Getenv("NOC_WEBHOOK_SECRET"), // tfl-eval-not: hardcoded-credential
	}),
	fx.Provide(New),
)
