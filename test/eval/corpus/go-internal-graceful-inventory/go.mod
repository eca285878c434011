module github.com/example/inventory

go 1.22
