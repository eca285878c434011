module github.com/parcelpost/sms-relay

go 1.22

require (
	github.com/sendgrid/sendgrid-go v3.14.0+incompatible
	github.com/twilio/twilio-go v1.20.1
	google.golang.org/grpc v1.63.2
)
