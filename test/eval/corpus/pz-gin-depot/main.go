package main

import (
	"fmt"

	"github.com/acme/depot/pkg/logging"
	"github.com/acme/depot/pkg/setting"
	"github.com/acme/depot/routers"
)

func main() {
	setting.Setup()
	logging.Setup()

	engine := routers.InitRouter()
	engine.Run(fmt.Sprintf(":%d", setting.ServerSetting.HttpPort)) // tfl-eval: no-graceful-shutdown
}
