import React from "react";
import algoliasearch from "algoliasearch/lite";
import { InstantSearch, SearchBox, Hits } from "react-instantsearch";

// Search-only key: the browser gets it by design.
const searchClient = algoliasearch("H7QX2M9PLA", "5h4ODYVpNVjRI91fcnox90ArfyAN9PLQ"); // tfl-eval-not: hardcoded-credential

export default function SearchPage() {
  return (
    <InstantSearch searchClient={searchClient} indexName="products">
      <SearchBox placeholder="Search gear" />
      <Hits />
    </InstantSearch>
  );
}
