<?php
// config/database.php (Laravel): the CA comes from the environment when it is set.

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'forge'),
            'options' => extension_loaded('pdo_mysql') ? array_filter([
                PDO::MYSQL_ATTR_SSL_CA => env('MYSQL_ATTR_SSL_CA'), // pinscan-expect: PIN314
            ]) : [],
        ],
        'pgsql' => [
            'driver' => 'pgsql',
            'sslmode' => 'prefer', // pinscan-negative: PIN314
        ],
    ],
];
