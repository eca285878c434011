from django.contrib.auth import authenticate
from rest_framework import permissions, status, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from .models import Application
from .serializers import ApplicationSerializer

WRONG_PASSWORD = "The password you entered is incorrect."


class ApplicationViewSet(viewsets.ModelViewSet):
    serializer_class = ApplicationSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Application.objects.filter(applicant=self.request.user)


@api_view(["POST"])
@permission_classes([permissions.AllowAny])
def check_password(request):
    user = authenticate(username=request.data.get("username"), password=request.data.get("password"))
    if user is None:
        return Response({"detail": WRONG_PASSWORD}, status=status.HTTP_400_BAD_REQUEST)
    return Response({"detail": "ok"})
