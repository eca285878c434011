module example.com/svc

go 1.21

require github.com/acme-weather/go-weather v1.4.0
