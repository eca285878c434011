from django.contrib import admin
from django.urls import path

from appointments import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("book/<int:slot_id>/", views.book, name="book"),
]
