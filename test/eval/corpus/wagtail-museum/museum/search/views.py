from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

# Recent searches per visitor, to suggest them again.
RECENT_SEARCHES = {}  # tfl-eval: memory-session-store


def search(request):
    query = request.GET.get("query", None)
    results = Page.objects.live().search(query) if query else Page.objects.none()
    if query:
        RECENT_SEARCHES.setdefault(request.session.session_key, []).append(query)
    page = Paginator(results, 10).get_page(request.GET.get("page", 1))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "search_results": page})
