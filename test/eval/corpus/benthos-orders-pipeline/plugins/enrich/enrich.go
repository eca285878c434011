package enrich

import (
	"context"
	"net/http"

	"github.com/benthosdev/benthos/v4/public/service"
)

var configSpec = service.NewConfigSpec().
	Field(service.NewStringField("api_url")).
	Field(service.NewStringField("api_token").Secret().Default("")) // tfl-eval-not: hardcoded-credential

type enricher struct {
	url, token string
	client     *http.Client
}

func init() {
	err := service.RegisterProcessor("enrich_customer", configSpec, func(conf *service.ParsedConfig, mgr *service.Resources) (service.Processor, error) {
		url, _ := conf.FieldString("api_url")
		token, _ := conf.FieldString("api_token")
		return &enricher{url: url, token: token, client: http.DefaultClient}, nil
	})
	if err != nil {
		panic(err)
	}
}

func (e *enricher) Process(ctx context.Context, m *service.Message) (service.MessageBatch, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.url, nil)
	req.Header.Set("Authorization", "Bearer "+e.token)
	return service.MessageBatch{m}, nil
}

func (e *enricher) Close(ctx context.Context) error { return nil }
