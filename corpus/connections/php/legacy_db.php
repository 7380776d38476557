<?php
// Old admin tool, still uses mysqli directly.
$db = mysqli_init();
$db->ssl_set(NULL, NULL, '/var/www/admin/certs/DigiCertGlobalRootG2.crt.pem', NULL, NULL); // pinscan-expect: PIN314[DigiCert Global Root G2]@warning
$db->real_connect('contoso-admin.mysql.database.azure.com', 'admin_tool', getenv('ADMIN_DB_PASSWORD'), 'admin', 3306, NULL, MYSQLI_CLIENT_SSL);
