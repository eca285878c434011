package search

import (
	"encoding/json"
	"io"
	"os"

	"github.com/meilisearch/meilisearch-go"
)

type Index struct{ m meilisearch.ServiceManager }

func New() *Index {
	return &Index{m: meilisearch.New("http://meili.studio.lan:7700", meilisearch.WithAPIKey(os.Getenv("MEILI_KEY")))} // tfl-eval: hardcoded-backing-service
}

func (i *Index) Find(w io.Writer, q string) error {
	res, err := i.m.Index("photos").Search(q, &meilisearch.SearchRequest{Limit: 20})
	if err != nil {
		return err
	}
	return json.NewEncoder(w).Encode(res.Hits)
}
