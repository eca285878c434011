package jobs

import (
	"context"
	"time"
)

type Scheduler struct{ every time.Duration }

func New(every time.Duration) *Scheduler { return &Scheduler{every: every} }

func (s *Scheduler) Start(ctx context.Context) {
	ticker := time.NewTicker(s.every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}
