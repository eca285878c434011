package controllers

import (
	"context"
	"fmt"

	beego "github.com/beego/beego/v2/server/web"
	"layeh.com/radius"
	"layeh.com/radius/rfc2865"
)

type LoginController struct {
	beego.Controller
}

func (c *LoginController) Post() {
	secret, _ := beego.AppConfig.String("radiusSecret")
	server, _ := beego.AppConfig.String("radiusServer")
	port, _ := beego.AppConfig.Int("radiusServerPort")
	packet := radius.New(radius.CodeAccessRequest, []byte(secret))
	rfc2865.UserName_SetString(packet, c.GetString("username"))
	rfc2865.UserPassword_SetString(packet, c.GetString("password"))
	reply, err := radius.Exchange(context.Background(), packet, fmt.Sprintf("%s:%d", server, port))
	if err != nil || reply.Code != radius.CodeAccessAccept {
		c.Ctx.Output.SetStatus(401)
		return
	}
	c.Ctx.Output.SetStatus(204)
}
