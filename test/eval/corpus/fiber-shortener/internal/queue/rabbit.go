package queue

import (
	amqp "github.com/rabbitmq/amqp091-go"
)

const exchange = "links"

func Dial(production bool) (*amqp.Connection, error) {
	if !production {
		return amqp.Dial("amqp://guest:guest@localhost:5672/") // tfl-eval: hardcoded-backing-service (the stock password is information)
	}
	return amqp.DialConfig("amqps://shortener@mq.shortener.internal:5671/", amqp.Config{ // tfl-eval: hardcoded-backing-service
		SASL: []amqp.Authentication{&amqp.PlainAuth{Username: "shortener", Password: "YDsplOP5ywWFWqgUUln9"}}, // tfl-eval: hardcoded-credential
	})
}
