<?php
// Partner API clients that pin the server's key or certificate.

const PARTNER_PINS = 'sha256//i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY='; // pinscan-expect: PIN101[DigiCert Global Root G2]

function pinned_curl(string $url)
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_PINNEDPUBLICKEY, PARTNER_PINS); // pinscan-expect: PIN315[DigiCert Global Root G2]
    return curl_exec($ch);
}

function pinned_array(string $url)
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true, // pinscan-negative: PIN315
        CURLOPT_PINNEDPUBLICKEY => '/etc/partner/pubkey.pem', // pinscan-expect: PIN315
    ]);
    return curl_exec($ch);
}

function pinned_stream(string $host)
{
    $context = stream_context_create([
        'ssl' => [
            'peer_fingerprint' => ['sha256' => $_ENV['PARTNER_CERT_SHA256']], // pinscan-expect: PIN315
            'peer_name' => $host, // pinscan-negative: PIN315
        ],
    ]);
    return stream_socket_client("ssl://$host:443", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $context);
}

function send_hpkp()
{
    header('Public-Key-Pins: pin-sha256="svcpi1K/LDysTd/nLeTWgqxYlXWVmC8rYjAa9ZfGmcU="; max-age=5184000'); // pinscan-expect: PIN124, PIN105[Microsoft RSA Root Certificate Authority 2017]
}
