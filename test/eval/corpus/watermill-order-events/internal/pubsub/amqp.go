package pubsub

import (
	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill-amqp/v2/pkg/amqp"
)

// The legacy warehouse system still listens on RabbitMQ.
const warehouseAMQPURI = "amqps://warehouse:s2z4745af!k%25qX@rabbit.legacy.internal:5671/orders" // tfl-eval: hardcoded-credential, hardcoded-backing-service

func NewWarehousePublisher(logger watermill.LoggerAdapter) (*amqp.Publisher, error) {
	config := amqp.NewDurableQueueConfig(warehouseAMQPURI)
	return amqp.NewPublisher(config, logger)
}
