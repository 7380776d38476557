<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', 'contoso-crm.mysql.database.azure.com'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'crm'),
            'username' => env('DB_USERNAME', 'crm'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'options' => extension_loaded('pdo_mysql') ? array_filter([
                PDO::MYSQL_ATTR_SSL_CA => env('MYSQL_ATTR_SSL_CA'), // pinscan-negative: PIN321 pinscan-expect: PIN314
            ]) : [],
        ],

        'reporting' => [
            'driver' => 'mysql',
            'host' => 'contoso-reporting.mysql.database.azure.com',
            'database' => 'reporting',
            'options' => [
                PDO::MYSQL_ATTR_SSL_CA => '/var/www/certs/BaltimoreCyberTrustRoot.crt.pem', // pinscan-expect: PIN314[Baltimore CyberTrust Root]@error
                PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT => true,
            ],
        ],
    ],
];
