package queue

import "fmt"

type Consumer struct{ topic string }

func NewConsumer(topic string) *Consumer { return &Consumer{topic: topic} }

func (c *Consumer) Run(group string) error {
	fmt.Println("consuming", c.topic, "as", group)
	return nil
}
