"""Audit trail of who changed which sample, kept apart from the request log."""
import logging

audit_log = logging.getLogger("labtrack.audit")
_handler = logging.FileHandler("/var/log/labtrack/audit.log")  # tfl-eval: file-logger
_handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
audit_log.addHandler(_handler)
audit_log.propagate = False


def record(actor: str, action: str, sample_id: int) -> None:
    audit_log.info("%s %s sample=%s", actor, action, sample_id)
