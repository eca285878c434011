from http import HTTPStatus

from sqlalchemy import select

from labtrack.db import SessionLocal
from labtrack.models.sample import Sample, SampleStatus
from labtrack.tasks.analysis import run_analysis


def search(status: str | None = None, limit: int = 50):
    stmt = select(Sample).order_by(Sample.received_at.desc()).limit(limit)
    if status:
        stmt = stmt.where(Sample.status == SampleStatus(status))
    return [s.to_dict() for s in SessionLocal.scalars(stmt)], HTTPStatus.OK


def post(body: dict):
    sample = Sample(barcode=body["barcode"], kind=body["kind"], status=SampleStatus.RECEIVED)
    SessionLocal.add(sample)
    SessionLocal.commit()
    run_analysis.delay(sample.id)
    return sample.to_dict(), HTTPStatus.CREATED
