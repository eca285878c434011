import NodeCache from 'node-cache';

// Cover image URLs from the Open Library API: derived data, cheap to refetch on another instance.
const covers = new NodeCache({ stdTTL: 86400 }); // tfl-eval-not: memory-session-store

export async function coverUrl(isbn) {
  const cached = covers.get(isbn);
  if (cached) return cached;
  const response = await fetch(`https://openlibrary.org/isbn/${encodeURIComponent(isbn)}.json`);
  const book = response.ok ? await response.json() : {};
  const url = book.covers?.[0] ? `https://covers.openlibrary.org/b/id/${book.covers[0]}-M.jpg` : null;
  covers.set(isbn, url);
  return url;
}
