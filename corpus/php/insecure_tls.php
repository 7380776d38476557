<?php
// Ways the integrations switched checks off, forced old TLS versions or pinned keys.

use GuzzleHttp\Client;
use GuzzleHttp\RequestOptions;
use Illuminate\Support\Facades\Http;

function insecure_curl(string $url)
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // pinscan-expect: PIN501
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0); // pinscan-expect: PIN501
    return curl_exec($ch);
}

function insecure_curl_array(string $url)
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_SSL_VERIFYPEER => 0, // pinscan-expect: PIN501
        CURLOPT_SSL_VERIFYHOST => FALSE, // pinscan-expect: PIN501
        CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_0, // pinscan-expect: PIN502
    ]);
    return curl_exec($ch);
}

function checked_curl(string $url)
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true); // pinscan-negative: PIN501
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2); // pinscan-negative: PIN501
    curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2); // pinscan-negative: PIN502
    return curl_exec($ch);
}

function legacy_curl(string $url)
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_1); // pinscan-expect: PIN502
    curl_setopt($ch, CURLOPT_SSLVERSION, 4); // pinscan-expect: PIN502
    return curl_exec($ch);
}

function insecure_stream(string $url)
{
    $context = stream_context_create([
        'ssl' => [
            'verify_peer' => false, // pinscan-expect: PIN501
            'verify_peer_name' => false, // pinscan-expect: PIN501
            'allow_self_signed' => true, // pinscan-expect: PIN501
            'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT, // pinscan-expect: PIN502
        ],
    ]);
    return file_get_contents($url, false, $context);
}

function checked_stream(string $url)
{
    $context = stream_context_create([
        'ssl' => [
            'verify_peer' => true, // pinscan-negative: PIN501
            'verify_peer_name' => true, // pinscan-negative: PIN501
            'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT, // pinscan-negative: PIN502
        ],
    ]);
    return file_get_contents($url, false, $context);
}

function guzzle_insecure(): Client
{
    return new Client(['base_uri' => 'https://partner.example', 'verify' => false]); // pinscan-expect: PIN501
}

function guzzle_constant_insecure(): Client
{
    return new Client([RequestOptions::VERIFY => false]); // pinscan-expect: PIN501
}

function laravel_insecure()
{
    return Http::withoutVerifying()->get('https://partner.example/status'); // pinscan-expect: PIN501
}

function guzzle_checked(): Client
{
    return new Client(['verify' => true]); // pinscan-negative: PIN501
}
