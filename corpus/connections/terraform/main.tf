provider "postgresql" {
  host            = azurerm_postgresql_flexible_server.orders.fqdn
  port            = 5432
  username        = var.pg_admin_user
  password        = var.pg_admin_password
  sslmode         = "verify-full"
  sslrootcert     = "${path.module}/certs/DigiCertGlobalRootG2.crt.pem" # pinscan-expect: PIN320[DigiCert Global Root G2]@warning
  superuser       = false
}

resource "azurerm_linux_web_app" "orders" {
  name                = "contoso-orders"
  resource_group_name = azurerm_resource_group.orders.name
  location            = azurerm_resource_group.orders.location
  service_plan_id     = azurerm_service_plan.orders.id

  site_config {}

  app_settings = {
    "PGSSLROOTCERT" = "/home/site/wwwroot/certs/BaltimoreCyberTrustRoot.crt.pem" # pinscan-expect: PIN320[Baltimore CyberTrust Root]@error
    "PGSSLMODE"     = "verify-full" # pinscan-negative: PIN504
  }

  connection_string {
    name  = "Inventory"
    type  = "SQLAzure"
    value = "Server=tcp:${azurerm_mssql_server.inventory.name}.database.windows.net,1433;Initial Catalog=inventory;Encrypt=True;TrustServerCertificate=true;Authentication=Active Directory Managed Identity;" # pinscan-expect: PIN503@warning
  }

  connection_string {
    name  = "Archive"
    type  = "SQLAzure"
    value = "Server=tcp:contoso-archive.database.windows.net,1433;Initial Catalog=archive;Encrypt=False;" # pinscan-expect: PIN504@warning
  }
}
