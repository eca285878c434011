from unittest import mock

from sync import odoo


def test_upsert_creates_when_missing():
    with mock.patch.object(odoo, "models") as models:
        models.execute_kw.side_effect = [[], 42]
        assert odoo.upsert_partner({"ref": "P-1", "name": "Acme"}) == 42
