<?php
// Clients of the Contoso orders service and its databases: which CAs each one trusts.

namespace Contoso\Orders;

use GuzzleHttp\Client;
use GuzzleHttp\RequestOptions;
use PDO;

const ORDERS_CA = __DIR__ . '/certs/DigiCertGlobalRootG2.crt.pem';

function fetch_orders(string $url): string
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_CAINFO, ORDERS_CA); // pinscan-expect: PIN314[DigiCert Global Root G2]
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true); // pinscan-negative: PIN314
    return curl_exec($ch);
}

function fetch_legacy(string $url): string
{
    $legacyRoot = '/etc/ssl/contoso/BaltimoreCyberTrustRoot.crt.pem';
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_CAINFO => $legacyRoot, // pinscan-expect: PIN314[Baltimore CyberTrust Root]
        CURLOPT_CAPATH => '/etc/ssl/contoso/ca.d', // pinscan-expect: PIN314
    ]);
    return curl_exec($ch);
}

function fetch_default(string $url): string
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 10]); // pinscan-negative: PIN314
    // curl_setopt($ch, CURLOPT_CAINFO, '/old/root.pem');  pinscan-negative: PIN314
    return curl_exec($ch);
}

function stream_fetch(string $url): string
{
    $context = stream_context_create([
        'ssl' => [
            'cafile' => __DIR__ . '/certs/DigiCertGlobalRootG2.crt.pem', // pinscan-expect: PIN314[DigiCert Global Root G2]
            'verify_peer' => true, // pinscan-negative: PIN314
        ],
    ]);
    return file_get_contents($url, false, $context);
}

function stream_set(string $host)
{
    $ctx = stream_context_create();
    stream_context_set_option($ctx, 'ssl', 'cafile', '/etc/ssl/contoso/root.pem'); // pinscan-expect: PIN314
    return stream_socket_client("ssl://$host:443", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $ctx);
}

function orders_db(): PDO
{
    return new PDO('mysql:host=orders.mysql.database.azure.com;dbname=orders', 'app', getenv('DB_PASS'), [
        PDO::MYSQL_ATTR_SSL_CA => '/var/www/certs/DigiCertGlobalRootG2.crt.pem', // pinscan-expect: PIN314[DigiCert Global Root G2]
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, // pinscan-negative: PIN314
    ]);
}

function orders_db_84(): \PDO
{
    return \PDO::connect('mysql:host=orders.mysql.database.azure.com;dbname=orders', 'app', getenv('DB_PASS'), [
        \Pdo\Mysql::ATTR_SSL_CA => ORDERS_CA, // pinscan-expect: PIN314[DigiCert Global Root G2]
    ]);
}

function reports_db(): \mysqli
{
    $db = mysqli_init();
    mysqli_ssl_set($db, null, null, '/var/www/certs/BaltimoreCyberTrustRoot.crt.pem', null, null); // pinscan-expect: PIN314[Baltimore CyberTrust Root]
    mysqli_real_connect($db, 'reports.mysql.database.azure.com', 'app', getenv('DB_PASS'), 'reports', 3306, null, MYSQLI_CLIENT_SSL);
    return $db;
}

function archive_db(): \mysqli
{
    $db = new \mysqli();
    $db->ssl_set(null, null, null, '/etc/ssl/contoso/ca.d', null); // pinscan-expect: PIN314
    $db->real_connect('archive.mysql.database.azure.com', 'app', getenv('DB_PASS'), 'archive');
    return $db;
}

function client_cert_only(\mysqli $db): void
{
    $db->ssl_set('/etc/app/client.key', '/etc/app/client.crt', null, null, null); // pinscan-negative: PIN314
}

function audit_db()
{
    return pg_connect("host=audit.postgres.database.azure.com dbname=audit sslmode=verify-full sslrootcert=/var/www/certs/DigiCertGlobalRootG2.crt.pem"); // pinscan-expect: PIN320[DigiCert Global Root G2]
}

function guzzle_client(): Client
{
    return new Client(['base_uri' => 'https://orders.contoso.example', 'verify' => '/etc/ssl/contoso/DigiCertGlobalRootG2.crt.pem']); // pinscan-expect: PIN314[DigiCert Global Root G2]
}

function guzzle_constant(): Client
{
    return new Client([RequestOptions::VERIFY => __DIR__ . '/certs/BaltimoreCyberTrustRoot.crt.pem']); // pinscan-expect: PIN314[Baltimore CyberTrust Root]
}

function guzzle_default(): Client
{
    return new Client(['base_uri' => 'https://orders.contoso.example', 'verify' => true]); // pinscan-negative: PIN314
}

// An HTTP library's transport: it passes its caller's CA option through to curl and maps
// stream-context option names to curl constants. Not pins of the library.
final class CurlTransport
{
    private static $sslOptionMap = [
        'cafile' => CURLOPT_CAINFO, // pinscan-negative: PIN314
        'capath' => CURLOPT_CAPATH, // pinscan-negative: PIN314
    ];

    public function configure($handle, array $options)
    {
        if (isset($options['verify']) && is_string($options['verify'])) {
            curl_setopt($handle, CURLOPT_CAINFO, $options['verify']); // pinscan-negative: PIN314
        }
        curl_setopt($handle, CURLOPT_CAPATH, $this->options['capath']); // pinscan-negative: PIN314
        curl_setopt($handle, CURLOPT_CAINFO, __DIR__ . '/certs/transport-ca.pem'); // pinscan-expect: PIN314
    }
}
