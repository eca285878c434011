package coord

import (
	consul "github.com/hashicorp/consul/api"
)

const serviceName = "scheduler"

// Register announces this node in Consul with its ACL token.
func Register(addr string) error {
	cfg := consul.DefaultConfig()
	cfg.Address = addr
	cfg.Token = "64ea0a01-d1d7-44e8-90e9-b947b2b0e52b" // tfl-eval: hardcoded-credential
	client, err := consul.NewClient(cfg)
	if err != nil {
		return err
	}
	return client.Agent().ServiceRegister(&consul.AgentServiceRegistration{
		ID:   "scheduler-1",         // tfl-eval-not: hardcoded-credential
		Name: serviceName,
	})
}

// KV reads the job table with a token passed per query.
func KV(client *consul.Client) (*consul.KVPair, error) {
	pair, _, err := client.KV().Get("scheduler/jobs", &consul.QueryOptions{Token: "5bb73892-0f07-4751-80cc-992deb94fec9"}) // tfl-eval: hardcoded-credential
	return pair, err
}
