module github.com/example/hertz-mall

go 1.21

require (
	github.com/cloudwego/hertz v0.8.1
	github.com/hertz-contrib/jwt v1.0.3
)
