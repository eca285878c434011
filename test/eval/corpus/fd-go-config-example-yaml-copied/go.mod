module github.com/northwind/linkstore

go 1.22

require github.com/spf13/viper v1.19.0
