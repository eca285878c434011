module github.com/acme/ratings

go 1.22
