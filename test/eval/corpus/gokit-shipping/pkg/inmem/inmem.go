// Package inmem provides in-memory repositories for tests and local demos (`-inmem`).
package inmem

import (
	"sync"

	"github.com/cargoline/shipping/pkg/booking"
)

type cargoRepository struct {
	mtx    sync.RWMutex
	cargos map[booking.TrackingID]*booking.Cargo
}

func NewCargoRepository() booking.CargoRepository {
	return &cargoRepository{cargos: make(map[booking.TrackingID]*booking.Cargo)}
}

func (r *cargoRepository) Store(c *booking.Cargo) error {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	r.cargos[c.TrackingID] = c
	return nil
}
