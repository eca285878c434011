app_name = "hrms_custom"
app_title = "HRMS Custom"
app_publisher = "Kestrel Logistics"
app_description = "Kestrel's HR customisations"
app_email = "it@kestrel-logistics.eu"
app_license = "MIT"

scheduler_events = {
    "daily": ["hrms_custom.integrations.bamboo_sync.sync_employees"],
}

doc_events = {
    "Employee": {"on_update": "hrms_custom.events.employee.notify_it"},
}
