package queue

import (
	amqp "github.com/rabbitmq/amqp091-go"
)

// Connect opens the job queue with an explicit SASL PLAIN login.
func Connect() (*amqp.Connection, error) {
	return amqp.DialConfig("amqps://mq.forge.internal:5671/mirror", amqp.Config{ // tfl-eval: hardcoded-backing-service
		SASL: []amqp.Authentication{
			&amqp.PlainAuth{Username: "mirror", Password: "T2bSdS9luc7dwVynbTXDr4P3"}, // tfl-eval: hardcoded-credential
		},
		Heartbeat: 10,
	})
}
