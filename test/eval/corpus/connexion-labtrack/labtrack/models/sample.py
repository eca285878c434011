import enum
from datetime import datetime

from sqlalchemy import Enum, String, func
from sqlalchemy.orm import Mapped, mapped_column

from labtrack.db import Base


class SampleStatus(str, enum.Enum):
    RECEIVED = "received"
    QUEUED = "queued"
    ANALYSED = "analysed"
    REJECTED = "rejected"


class Sample(Base):
    __tablename__ = "samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    barcode: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[SampleStatus] = mapped_column(Enum(SampleStatus))
    received_at: Mapped[datetime] = mapped_column(server_default=func.now())

    def to_dict(self) -> dict:
        return {"id": self.id, "barcode": self.barcode, "kind": self.kind, "status": self.status.value}
