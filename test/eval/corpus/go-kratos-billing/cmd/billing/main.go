package main

import (
	"log"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
)

const (
	region          = "eu-west-1"
	accessKeyID     = "AKIARYC6LBV5VBVRLYDH" // tfl-eval: hardcoded-credential
	secretAccessKey = "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" // tfl-eval: hardcoded-credential
)

var webhookSigningSecrets = map[string]string{
	"stripe": "whsec_rdKYA637airV3jP3F2ox6CJRvBkQw2vr", // tfl-eval: hardcoded-credential
	"paddle": "pdl_ntfset_NtieVJGdR8FL2Pp5C8JvctWK", // tfl-eval: hardcoded-credential
}

func main() {
	sess, err := session.NewSession(&aws.Config{
		Region:      aws.String(region),
		Credentials: credentials.NewStaticCredentials(accessKeyID, secretAccessKey, ""),
	})
	if err != nil {
		log.Fatal(err)
	}
	_ = sess
}
