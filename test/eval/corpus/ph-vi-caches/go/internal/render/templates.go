package render

import (
	"html/template"
	"regexp"
	"sync"
)

// Parsed templates and compiled patterns: computed from files in the image, the same in every process.
var (
	templates sync.Map
	patterns  = map[string]*regexp.Regexp{}
	mu        sync.RWMutex
)

func Template(name string) (*template.Template, error) {
	if cached, ok := templates.Load(name); ok {
		return cached.(*template.Template), nil
	}
	parsed, err := template.ParseFiles("templates/" + name)
	if err != nil {
		return nil, err
	}
	templates.Store(name, parsed)
	return parsed, nil
}

func Pattern(expr string) *regexp.Regexp {
	mu.RLock()
	compiled, ok := patterns[expr]
	mu.RUnlock()
	if ok {
		return compiled
	}
	compiled = regexp.MustCompile(expr)
	mu.Lock()
	patterns[expr] = compiled
	mu.Unlock()
	return compiled
}
