package handler

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
	"github.com/hertz-contrib/sessions"

	"github.com/example/hertz-coupons/biz/dal/mysql"
	"github.com/example/hertz-coupons/biz/model"
)

const (
	couponTokenHeader = "X-Coupon-Token"
	errInvalidToken   = "invalid_token"
	passwordParam     = "password"
)

func Redeem(ctx context.Context, c *app.RequestContext) {
	session := sessions.Default(c)
	if session.Get("user_id") == nil {
		c.JSON(consts.StatusUnauthorized, map[string]string{"error": errInvalidToken})
		return
	}
	var coupon model.Coupon
	if err := mysql.DB.Where("code = ?", c.Param("code")).First(&coupon).Error; err != nil {
		c.JSON(consts.StatusNotFound, map[string]string{"error": "not_found"})
		return
	}
	c.JSON(consts.StatusOK, map[string]any{"redeemed": coupon.Code})
}
