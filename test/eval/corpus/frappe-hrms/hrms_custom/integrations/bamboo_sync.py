import frappe
import requests
from frappe.utils import getdate

BAMBOO_SUBDOMAIN = "kestrellogistics"
BAMBOO_API_KEY = "09e823fb662177cbda0fb5f87c1341a831b173d0"  # tfl-eval: hardcoded-credential


def sync_employees():
    """Scheduled daily (hooks.py): mirrors BambooHR's directory into Employee records."""
    url = f"https://api.bamboohr.com/api/gateway.php/{BAMBOO_SUBDOMAIN}/v1/employees/directory"
    response = requests.get(url, auth=(BAMBOO_API_KEY, "x"), headers={"Accept": "application/json"}, timeout=30)
    response.raise_for_status()
    for person in response.json()["employees"]:
        name = frappe.db.get_value("Employee", {"company_email": person["workEmail"]})
        doc = frappe.get_doc("Employee", name) if name else frappe.new_doc("Employee")
        doc.update({"first_name": person["firstName"], "last_name": person["lastName"], "company_email": person["workEmail"]})
        doc.date_of_joining = doc.date_of_joining or getdate()
        doc.save(ignore_permissions=True)
    frappe.db.commit()


@frappe.whitelist()
def reset_portal_password(employee):
    """Sends the employee a link to set a new portal password."""
    user = frappe.get_value("Employee", employee, "user_id")
    frappe.get_doc("User", user).reset_password(send_email=True)  # tfl-eval-not: hardcoded-credential
    return {"message": frappe._("Password reset link sent")}  # tfl-eval-not: hardcoded-credential
