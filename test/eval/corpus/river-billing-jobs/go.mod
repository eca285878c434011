module github.com/acme/billing-jobs

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.30.0
	github.com/aws/aws-sdk-go-v2/credentials v1.17.20
	github.com/aws/aws-sdk-go-v2/service/s3 v1.56.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/riverqueue/river v0.8.0
	github.com/stripe/stripe-go/v79 v79.1.0
)