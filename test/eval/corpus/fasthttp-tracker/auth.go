package main

import (
	"crypto/subtle"
	"encoding/base64"
	"strings"

	"github.com/valyala/fasthttp"
)

// BasicAuth guards a handler with one user and password.
func BasicAuth(next fasthttp.RequestHandler, user, password string) fasthttp.RequestHandler {
	expected := "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+password)) // tfl-eval-not: hardcoded-credential
	return func(ctx *fasthttp.RequestCtx) {
		got := string(ctx.Request.Header.Peek("Authorization"))
		if subtle.ConstantTimeCompare([]byte(got), []byte(expected)) != 1 {
			ctx.Response.Header.Set("WWW-Authenticate", `Basic realm="tracker"`)
			ctx.SetStatusCode(fasthttp.StatusUnauthorized)
			return
		}
		next(ctx)
	}
}

func bearer(ctx *fasthttp.RequestCtx) string {
	return strings.TrimPrefix(string(ctx.Request.Header.Peek("Authorization")), "Bearer ") // tfl-eval-not: hardcoded-credential
}