package booking

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
)

type mongoCargoRepository struct{ col *mongo.Collection }

func NewMongoCargoRepository(db *mongo.Database) CargoRepository {
	return &mongoCargoRepository{col: db.Collection("cargos")}
}

func (r *mongoCargoRepository) Store(c *Cargo) error {
	_, err := r.col.InsertOne(context.Background(), c)
	return err
}
