package events

import (
	"encoding/json"

	"github.com/nats-io/nats.go"
)

type Publisher struct{ js nats.JetStreamContext; nc *nats.Conn }

func Connect(url string) (*Publisher, error) {
	nc, err := nats.Connect(url, nats.Name("walletd"), nats.UserInfo("walletd", "Jx7Rk2Vq9LmT4pWz")) // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	js, err := nc.JetStream()
	if err != nil {
		return nil, err
	}
	return &Publisher{js: js, nc: nc}, nil
}

func (p *Publisher) Publish(subject string, event any) error {
	data, err := json.Marshal(event)
	if err != nil {
		return err
	}
	_, err = p.js.Publish(subject, data)
	return err
}

func (p *Publisher) Close() { p.nc.Drain() }
