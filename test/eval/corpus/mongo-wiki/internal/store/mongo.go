package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Connect opens the wiki's MongoDB connection.
func Connect(ctx context.Context) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	opts := options.Client().
		ApplyURI("mongodb+srv://wiki-cluster.x7kq2.mongodb.net/?retryWrites=true&w=majority"). // tfl-eval: hardcoded-backing-service
		SetAuth(options.Credential{
			AuthMechanism: "SCRAM-SHA-256", // tfl-eval-not: hardcoded-credential
			Username:      "wiki-app",
			Password:      "Xs9-Puffin-Clover-22", // tfl-eval: hardcoded-credential
		})
	return mongo.Connect(ctx, opts)
}

// Archive is the read-only replica used by exports.
func Archive(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb://exporter:Lynx7-Garnet-90@archive-0.wiki.internal:27017/wiki?authSource=admin")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
