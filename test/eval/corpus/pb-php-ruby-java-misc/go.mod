module github.com/harbor/tickets

go 1.22
