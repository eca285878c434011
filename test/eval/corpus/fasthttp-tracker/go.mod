module github.com/acme/tracker

go 1.22

require (
	github.com/fasthttp/router v1.5.1
	github.com/oschwald/geoip2-golang v1.11.0
	github.com/valyala/fasthttp v1.55.0
)