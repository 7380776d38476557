"""Well-known identifiers used by the provisioning job.

These are Entra ID object ids and application ids, not secrets: they are visible in
the portal to anyone in the tenant.
"""

import uuid

# Application (client) ids of the first-party apps we grant consent to.
GRAPH_EXPLORER_APP_ID = uuid.UUID("97b17098-a8fd-4767-b912-6a70db1cbd4f")
BILLING_API_APP_ID = uuid.UUID("0a819812-9528-455f-a65c-9e24c2e63e53")

# Object id of the security group whose members may approve refunds.
REFUND_APPROVERS_GROUP = "9b77a6f0-f36e-4b7e-872c-499ad8c47aac"

# App role ids declared in the billing API manifest.
APP_ROLES = {
    "Invoices.Read": "4146baf2-8539-4ae7-8752-74013480342b",
    "Invoices.ReadWrite": "b5bffac7-f6d5-44ca-8f50-85228a32977e",
    "Refunds.Approve": "b7585d06-e1f2-46d4-949f-c418d0dd20cd",
}

# Namespace for deterministic (v5) ids of imported legacy customers.
LEGACY_CUSTOMER_NAMESPACE = uuid.UUID("1a558a61-9908-40a4-9f1b-05f7d5798614")


def legacy_customer_id(erp_number: str) -> uuid.UUID:
    return uuid.uuid5(LEGACY_CUSTOMER_NAMESPACE, erp_number.strip().upper())


def is_known_tenant(tenant_id: str) -> bool:
    return tenant_id.lower() in {
        "d36672ae-56f5-42ff-a340-c82efb68a3e3",  # production
        "3634facc-e830-448d-b9cf-b5e09a3041c8",  # staging
    }
