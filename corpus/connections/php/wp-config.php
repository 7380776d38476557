<?php
/** WordPress database settings for the Azure App Service deployment. */
define( 'DB_NAME', getenv( 'DATABASE_NAME' ) );
define( 'DB_USER', getenv( 'DATABASE_USERNAME' ) );
define( 'DB_PASSWORD', getenv( 'DATABASE_PASSWORD' ) );
define( 'DB_HOST', 'contoso-blog.mysql.database.azure.com' );
define( 'DB_CHARSET', 'utf8mb4' );

/** TLS to Azure Database for MySQL. */
define( 'MYSQL_CLIENT_FLAGS', MYSQLI_CLIENT_SSL );
define( 'MYSQL_SSL_CA', ABSPATH . 'wp-content/certs/DigiCertGlobalRootCA.crt.pem' ); // pinscan-expect: PIN321[DigiCert Global Root CA]

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
