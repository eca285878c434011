package main

import (
	"github.com/beego/beego/v2/server/web"
)

func main() {
	web.BConfig.WebConfig.EnableXSRF = true
	web.BConfig.WebConfig.XSRFKey = "VHV3FiPZT4VYpaq2Lm8sR1tQ" // tfl-eval: hardcoded-credential
	web.BConfig.WebConfig.XSRFExpire = 3600
	web.Run()
}
