module github.com/acme/loyalty-api

go 1.22

require gofr.dev v1.19.0
