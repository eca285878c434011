package store

import (
	"encoding/json"
	"os"
	"sync"
)

// Task is one user's to-do item.
type Task struct {
	ID    string `json:"id"`
	Owner string `json:"owner"`
	Title string `json:"title"`
}

const tasksFile = "data/tasks.json"

// TaskRepository keeps every user's tasks in a JSON file in the working directory.
type TaskRepository struct{ mu sync.Mutex }

func (r *TaskRepository) FindByOwner(owner string) ([]Task, error) {
	all, err := r.load()
	if err != nil {
		return nil, err
	}
	var mine []Task
	for _, t := range all {
		if t.Owner == owner {
			mine = append(mine, t)
		}
	}
	return mine, nil
}

func (r *TaskRepository) Add(t Task) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	all, err := r.load()
	if err != nil {
		return err
	}
	all = append(all, t)
	data, err := json.Marshal(all)
	if err != nil {
		return err
	}
	return os.WriteFile(tasksFile, data, 0o644) // tfl-eval: memory-session-store
}

func (r *TaskRepository) load() ([]Task, error) {
	data, err := os.ReadFile(tasksFile)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var all []Task
	return all, json.Unmarshal(data, &all)
}
