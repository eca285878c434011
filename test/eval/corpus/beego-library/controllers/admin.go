package controllers

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"

	beego "github.com/beego/beego/v2/server/web"
)

type AdminController struct {
	beego.Controller
}

var webhookSecret = "743a318923788ff4a1033ab8b1601235" // tfl-eval: hardcoded-credential

const adminUser = "librarian"
const adminPass = "Marlin&9343harbor" // tfl-eval: hardcoded-credential

func (c *AdminController) Prepare() {
	user, pass, ok := c.Ctx.Request.BasicAuth()
	if !ok || user != adminUser || pass != adminPass {
		c.Ctx.Output.SetStatus(401)
		c.StopRun()
	}
}

func (c *AdminController) Webhook() {
	mac := hmac.New(sha256.New, []byte(webhookSecret))
	mac.Write(c.Ctx.Input.RequestBody)
	if hex.EncodeToString(mac.Sum(nil)) != c.Ctx.Input.Header("X-Signature") {
		c.Ctx.Output.SetStatus(403)
		return
	}
	c.Data["json"] = map[string]string{"status": "ok", "message": "Invalid password or token"} // tfl-eval-not: hardcoded-credential
	c.ServeJSON()
}
