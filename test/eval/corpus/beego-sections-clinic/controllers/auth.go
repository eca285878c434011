package controllers

import (
	"time"

	beego "github.com/beego/beego/v2/server/web"
	"github.com/golang-jwt/jwt/v5"
)

type AuthController struct {
	beego.Controller
}

func signingKey() []byte {
	key := beego.AppConfig.DefaultString("jwtsecret", "") // tfl-eval-not: hardcoded-credential
	return []byte(key)
}

// Post issues a token after the login form was checked.
func (c *AuthController) Post() {
	claims := jwt.MapClaims{"sub": c.GetString("username"), "exp": time.Now().Add(8 * time.Hour).Unix()}
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey())
	if err != nil {
		c.CustomAbort(500, "could not sign the token")
	}
	c.Data["json"] = map[string]string{"token": token, "hint": "Password must be at least 8 characters"} // tfl-eval-not: hardcoded-credential
	c.ServeJSON()
}
