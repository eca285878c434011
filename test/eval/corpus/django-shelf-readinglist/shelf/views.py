from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from shelf.models import Book


@login_required
def shelf(request):
    request.session["last_seen_shelf"] = timezone.now().isoformat()
    books = Book.objects.filter(owner=request.user).order_by("read_at", "title")
    return render(request, "shelf/index.html", {"books": books})


@login_required
def mark_read(request, pk):
    book = get_object_or_404(Book, pk=pk, owner=request.user)
    book.read_at = timezone.now()
    book.save(update_fields=["read_at"])
    return redirect("shelf")
