module github.com/example/gf-admin

go 1.21

require github.com/gogf/gf/v2 v2.6.4
