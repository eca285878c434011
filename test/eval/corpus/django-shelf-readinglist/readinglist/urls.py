from django.urls import path

from shelf import views

urlpatterns = [
    path("", views.shelf, name="shelf"),
    path("books/<int:pk>/read", views.mark_read, name="mark-read"),
]
