module github.com/example/guestbook

go 1.22
