from django.contrib import admin
from django.urls import path

from circulation import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("loans/<int:pk>/renew/", views.renew, name="renew"),
]
