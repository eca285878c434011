package router

import (
	"github.com/cloudwego/hertz/pkg/app/server"

	"github.com/example/hertz-coupons/biz/handler"
)

func Register(h *server.Hertz) {
	h.POST("/coupons/:code/redeem", handler.Redeem)
}
