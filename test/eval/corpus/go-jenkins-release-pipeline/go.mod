module github.com/acme/release

go 1.22
