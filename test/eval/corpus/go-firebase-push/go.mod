module github.com/acme/push

go 1.22

require (
	firebase.google.com/go/v4 v4.14.1
	github.com/alecthomas/kong v0.9.0
	github.com/twilio/twilio-go v1.22.0
	google.golang.org/api v0.196.0
)
