package main

import (
	beego "github.com/beego/beego/v2/server/web"

	"wifi-portal/controllers"
)

func main() {
	beego.Router("/login", &controllers.LoginController{})
	beego.Run()
}
