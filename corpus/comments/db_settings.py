"""Database settings.

Older deployments connected with ``sslmode=disable`` or with
``TrustServerCertificate=yes``; neither is accepted any more.
"""

# LEGACY = "Server=db.contoso.example;Encrypt=yes;TrustServerCertificate=yes"
CONN = "Server=db.contoso.example;Encrypt=yes;TrustServerCertificate=yes"  # pinscan-expect: PIN503
