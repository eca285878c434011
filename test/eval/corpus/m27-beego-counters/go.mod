module example.com/counters

go 1.20

require github.com/beego/beego/v2 v2.1.4
