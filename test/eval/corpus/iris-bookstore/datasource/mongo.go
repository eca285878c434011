package datasource

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Connect(ctx context.Context) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	credential := options.Credential{
		AuthSource: "admin",
		Username:   "bookstore",
		Password:   "9AE965FUWdjzCsmB", // tfl-eval: hardcoded-credential
	}
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0").SetAuth(credential)) // tfl-eval: hardcoded-backing-service
}
