<?php
require_once __DIR__ . '/config/database.php';

function orders_connection() {
    global $db_host, $db_user, $db_root;
    $conn = mysqli_init();
    mysqli_ssl_set($conn, NULL, NULL, $db_root, NULL, NULL); // pinscan-expect: PIN314[DigiCert Global Root G2]
    mysqli_real_connect($conn, $db_host, $db_user, getenv('ORDERS_DB_PASSWORD'), 'orders', 3306, MYSQLI_CLIENT_SSL);
    return $conn;
}

function archive_connection() {
    global $archive_root;
    $conn = mysqli_init();
    // $archive_root is defined only in a file this one does not include: no CA is named.
    mysqli_ssl_set($conn, NULL, NULL, $archive_root, NULL, NULL); // pinscan-expect: PIN314
    return $conn;
}
