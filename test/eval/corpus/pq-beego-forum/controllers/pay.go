package controllers

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/go-pay/gopay/wechat"
)

type PayController struct {
	web.Controller
}

// WeChat Pay v2 client: app id, merchant number, merchant API key, production flag.
var wxClient = wechat.NewClient("wx5f3c0b6e2a71d904", "1608843321", "zh5kTL4yXh3P34viVDTKQROWSZwb1bw9", true) // tfl-eval: hardcoded-credential

func sandboxClient() *wechat.Client {
	appID, _ := web.AppConfig.String("wx_app_id")
	mchID, _ := web.AppConfig.String("wx_mch_id")
	apiKey, _ := web.AppConfig.String("wx_api_key")
	return wechat.NewClient(appID, mchID, apiKey, false)
}

func (c *PayController) Notify() {
	c.Ctx.WriteString("SUCCESS")
}
