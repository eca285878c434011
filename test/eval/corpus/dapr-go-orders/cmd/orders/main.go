package main

import (
	"context"
	"log"
	"net/http"
	"os"

	dapr "github.com/dapr/go-sdk/client"
	daprd "github.com/dapr/go-sdk/service/http"
)

func main() {
	client, err := dapr.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()
	secret, err := client.GetSecret(context.Background(), "kubernetes", "payments", nil) // tfl-eval-not: hardcoded-credential
	if err != nil {
		log.Fatal(err)
	}
	s := daprd.NewService(":" + os.Getenv("APP_PORT"))
	_ = s.AddServiceInvocationHandler("/orders", ordersHandler(client, secret["apiKey"]))
	if err := s.Start(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
