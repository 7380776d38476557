<?php
// Connection settings shared by every page (no TLS call here: the file only names values).
$db_host = getenv('ORDERS_DB_HOST');
$db_user = getenv('ORDERS_DB_USER');
$db_root = "certs/DigiCertGlobalRootG2.crt.pem";
