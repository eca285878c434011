module wifi-portal

go 1.20

require (
	github.com/beego/beego/v2 v2.1.4
	layeh.com/radius v0.0.0-20231213012653-1006025d24f8
)
