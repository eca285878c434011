"""Pushes CRM partners into Odoo over XML-RPC (the external API)."""
import os
import xmlrpc.client

url, db, username, password = "https://erp.partners.example.com", "partners-prod", "sync@partners.example.com", "pW7uMp5ZEArSKb"  # tfl-eval: hardcoded-credential

common = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common")
uid = common.authenticate(db, username, password, {})
models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object")


def upsert_partner(partner: dict) -> int:
    found = models.execute_kw(db, uid, password, "res.partner", "search", [[["ref", "=", partner["ref"]]]])
    if found:
        models.execute_kw(db, uid, password, "res.partner", "write", [found, partner])
        return found[0]
    return models.execute_kw(db, uid, password, "res.partner", "create", [partner])


def archive_uid():
    # The archive database has its own admin login.
    archive = xmlrpc.client.ServerProxy("https://archive.partners.example.com/xmlrpc/2/common")
    return archive.authenticate("partners-archive", "admin", "Xq2Lm9Vb4Nc7Rt", {})  # tfl-eval: hardcoded-credential


def staging_uid():
    return common.authenticate(db, username, os.environ["ODOO_STAGING_PASSWORD"], {})
