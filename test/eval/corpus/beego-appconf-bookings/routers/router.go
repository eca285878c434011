package routers

import (
	beego "github.com/beego/beego/v2/server/web"

	"github.com/harbourside/bookings/controllers"
)

func init() {
	beego.Router("/basket", &controllers.BasketController{})
}
