package server

import (
	"os"

	"inventory/internal/conf"

	consul "github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/hashicorp/consul/api"
)

// NewRegistrar registers the service with Consul; the ACL token comes from the environment
// when the file leaves it empty.
func NewRegistrar(c *conf.Registry) (*consul.Registry, error) {
	cfg := api.DefaultConfig()
	cfg.Address = c.Consul.Address
	cfg.Scheme = c.Consul.Scheme
	cfg.Token = c.Consul.Token // tfl-eval-not: hardcoded-credential
	if cfg.Token == "" {
		cfg.Token = os.Getenv("CONSUL_HTTP_TOKEN") // tfl-eval-not: hardcoded-credential
	}
	client, err := api.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	return consul.New(client, consul.WithHealthCheck(true)), nil
}
