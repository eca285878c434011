module example.org/guestbook

go 1.22

require github.com/gorilla/sessions v1.2.2
