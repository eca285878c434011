package store

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// Snapshots go under the folder the deploy mounts.
var snapshotPath = filepath.Join(os.Getenv("SNAPSHOT_DIR"), "tasks-snapshot.json")

func SaveSnapshot(all []Task) error {
	data, _ := json.Marshal(all)
	return os.WriteFile(snapshotPath, data, 0o600) // tfl-eval-not: memory-session-store
}

func LoadSnapshot() ([]Task, error) {
	data, err := os.ReadFile(snapshotPath)
	if err != nil {
		return nil, err
	}
	var all []Task
	return all, json.Unmarshal(data, &all)
}

func saveLocalCache(all []Task) error {
	data, _ := json.Marshal(all)
	return os.WriteFile(filepath.Join(os.TempDir(), "tasks-cache.json"), data, 0o600) // tfl-eval-not: memory-session-store
}
