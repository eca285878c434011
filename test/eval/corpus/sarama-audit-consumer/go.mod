module github.com/northwind/audit-consumer

go 1.22

require (
	github.com/IBM/sarama v1.42.1
	github.com/elastic/go-elasticsearch/v8 v8.12.0
	go.mongodb.org/mongo-driver v1.13.1
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)
