package quotes

import (
	"context"
	"math/rand"

	"cloud.google.com/go/firestore"
)

type Quote struct {
	Text   string `firestore:"text" json:"text"`
	Author string `firestore:"author" json:"author"`
}

const collection = "quotes"

func Random(ctx context.Context, project string) (Quote, error) {
	client, err := firestore.NewClient(ctx, project)
	if err != nil {
		return Quote{}, err
	}
	defer client.Close()
	docs, err := client.Collection(collection).Documents(ctx).GetAll()
	if err != nil || len(docs) == 0 {
		return Quote{}, err
	}
	var q Quote
	err = docs[rand.Intn(len(docs))].DataTo(&q)
	return q, err
}
