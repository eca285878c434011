from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Schema

from labs.api.auth import ApiKeyAuth
from labs.samples.models import Sample
from labs.tasks.analysis import run_analysis

api = NinjaAPI(title="Labs API", version="2.3.0", auth=ApiKeyAuth())


class SampleOut(Schema):
    id: int
    barcode: str
    status: str


class PasswordChangeIn(Schema):
    old_password: str
    new_password: str


@api.get("/samples/{sample_id}", response=SampleOut)
def get_sample(request, sample_id: int):
    return get_object_or_404(Sample, id=sample_id, lab=request.auth.owner.lab)


@api.post("/samples/{sample_id}/analyse")
def analyse(request, sample_id: int):
    run_analysis.send(sample_id)
    return {"queued": True}


@api.post("/me/password")
def change_password(request, payload: PasswordChangeIn):
    user = request.auth.owner
    if payload.old_password == payload.new_password:
        return api.create_response(request, {"detail": "New password must differ from the old password"}, status=400)
    if not user.check_password(payload.old_password):
        return api.create_response(request, {"detail": "Wrong password"}, status=403)
    user.set_password(payload.new_password)
    user.save(update_fields=["password"])
    return {"changed": True}
