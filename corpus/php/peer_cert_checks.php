<?php
// Reporting client: connects with a stream context and checks the peer certificate itself.

const REPORTING_ROOT_SHA1 = 'df3c24f9bfd666761b268073fe06d1cc8d4f82a4'; // pinscan-expect: PIN401[DigiCert Global Root G2]

function open_reporting_stream(string $host)
{
    $ctx = stream_context_create(['ssl' => ['capture_peer_cert' => true]]);
    $fp = stream_socket_client("ssl://{$host}:443", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $ctx);
    $cert = stream_context_get_params($fp)['options']['ssl']['peer_certificate'];
    if (openssl_x509_fingerprint($cert, 'sha1') !== REPORTING_ROOT_SHA1) { // pinscan-expect: PIN111
        throw new RuntimeException('unexpected certificate');
    }
    return $fp;
}

function pinned_by_list($cert, array $pins): bool
{
    return in_array(openssl_x509_fingerprint($cert, 'sha256'), $pins, true); // pinscan-expect: PIN111
}

function pinned_by_issuer($cert): bool
{
    $info = openssl_x509_parse($cert);
    return $info['issuer']['CN'] === 'Microsoft Azure RSA TLS Issuing CA 03' // pinscan-expect: PIN111, PIN107[Microsoft Azure RSA TLS Issuing CA 03]
        && $info['serialNumberHex'] != ''; // pinscan-expect: PIN111
}

function log_peer($cert): void
{
    $info = openssl_x509_parse($cert);
    error_log('peer ' . $info['subject']['CN'] . ' ' . openssl_x509_fingerprint($cert)); // pinscan-negative: PIN111
    $row = ['name' => 'x'];
    if ($row['name'] === 'x') { // pinscan-negative: PIN111
        return;
    }
    // if (openssl_x509_fingerprint($cert) === REPORTING_ROOT_SHA1) { // pinscan-negative: PIN111
}
