project = "acme-sdk"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx_docsearch"]
html_theme = "furo"

# DocSearch's search-only key and app, shown to every reader's browser.
docsearch_app_id = "KX8Q2LMZ7P"
docsearch_api_key = "a7b9fec3d3297f05686575d2222926c3"  # tfl-eval-not: hardcoded-credential
docsearch_index_name = "acme-sdk"

html_theme_options = {"source_repository": "https://github.com/acme/sdk", "source_branch": "main"}
