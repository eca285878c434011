package store

import "sync"

type Memory struct {
	mu    sync.RWMutex
	links map[string]string
}

func NewMemory() *Memory { return &Memory{links: map[string]string{}} }

func (m *Memory) Resolve(code string) (string, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	target, ok := m.links[code]
	return target, ok
}
