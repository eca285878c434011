module github.com/harbourside/bookings

go 1.21

require (
	github.com/beego/beego/v2 v2.2.1
	github.com/go-sql-driver/mysql v1.8.1
)
