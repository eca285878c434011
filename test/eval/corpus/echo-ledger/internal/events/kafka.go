package events

import (
	"github.com/IBM/sarama"
	"github.com/labstack/echo/v4"
	"github.com/nats-io/nats.go"
)

type Bus struct {
	producer sarama.SyncProducer
	nc       *nats.Conn
}

func Connect() *Bus {
	config := sarama.NewConfig()
	config.Net.SASL.Enable = true
	config.Net.SASL.Mechanism = sarama.SASLTypePlaintext
	config.Net.SASL.User = "ledger-producer"
	config.Net.SASL.Password = "xX1M7i9FHYxp4BuRRQSrLchI" // tfl-eval: hardcoded-credential
	config.Net.TLS.Enable = true
	producer, err := sarama.NewSyncProducer([]string{"kafka-1:9093"}, config) // tfl-eval: hardcoded-backing-service
	if err != nil {
		panic(err)
	}
	nc, err := nats.Connect("nats://nats:4222", nats.UserInfo("ledger", "Kestrel!4190basalt")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		panic(err)
	}
	return &Bus{producer: producer, nc: nc}
}

func (b *Bus) Publish(c echo.Context) error {
	return b.nc.Publish("transfers", []byte(c.QueryParam("id")))
}
