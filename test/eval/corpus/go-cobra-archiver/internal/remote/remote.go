package remote

import (
	"github.com/nats-io/nats.go"
	amqp "github.com/rabbitmq/amqp091-go"
	"golang.org/x/crypto/ssh"
)

func SSHConfig() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            "archiver",
		Auth:            []ssh.AuthMethod{ssh.Password("Sxell54*lX9g")}, // tfl-eval: hardcoded-credential
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
}

func Notify() (*nats.Conn, error) {
	return nats.Connect("nats://nats.archiver.internal:4222", nats.UserInfo("archiver", "Tpmkm21*6vyw")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

func Queue() (*amqp.Connection, error) {
	return amqp.Dial("amqp://archiver:msDADV9ahRxFKLcY@rabbit.archiver.internal:5672/") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

