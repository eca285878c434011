from django.urls import path

from permits import views

urlpatterns = [path("permits/", views.permit_list)]
