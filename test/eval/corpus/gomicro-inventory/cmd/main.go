package main

import (
	"github.com/go-micro/plugins/v4/registry/consul"
	"github.com/hashicorp/consul/api"
	"go-micro.dev/v4"
	"go-micro.dev/v4/registry"

	"inventory/handler"
)

func main() {
	reg := consul.NewRegistry(
		registry.Addrs("consul.service.dc1:8500"),
		consul.Config(&api.Config{Token: "7ce0bccd-9692-7479-b4da-3f09bd1948ee"}), // tfl-eval: hardcoded-credential
	)
	service := micro.NewService(micro.Name("inventory"), micro.Registry(reg))
	service.Init()
	_ = handler.Register(service.Server(), handler.New(handler.Options{
		WebhookSecret: "08b10b62643fd666cffe8f47eaf147d837d6f42c", // tfl-eval: hardcoded-credential
		CacheKeyPrefix: "inventory:v2", // tfl-eval-not: hardcoded-credential
	}))
	_ = service.Run()
}
