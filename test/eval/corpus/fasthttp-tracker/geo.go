package main

import (
	"net"

	"github.com/oschwald/geoip2-golang"
	"github.com/valyala/fasthttp"
)

const ipinfoToken = "b3e5d25d3f96c5" // tfl-eval: hardcoded-credential

var cities, _ = geoip2.Open("GeoLite2-City.mmdb")

func track(ctx *fasthttp.RequestCtx) {
	ip := net.ParseIP(string(ctx.Request.Header.Peek("X-Forwarded-For")))
	if city, err := cities.City(ip); err == nil {
		record(ctx, city.Country.IsoCode)
	}
	ctx.SetContentType("image/gif")
	ctx.SetBody(pixel)
}
