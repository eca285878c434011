package main

import (
	"log"

	"go.uber.org/fx"

	"github.com/northmesh/netwatch/internal/appconfig"
	"github.com/northmesh/netwatch/internal/notify"
)

func main() {
	v, err := appconfig.Load()
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("polling every %s", v.GetDuration("poll_interval"))
	fx.New(notify.Module).Run()
}
