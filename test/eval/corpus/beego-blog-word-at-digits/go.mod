module myblog

go 1.19

require (
	github.com/beego/beego/v2 v2.0.7
	github.com/go-sql-driver/mysql v1.7.1
)
