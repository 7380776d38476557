/*
 * Trust anchors named through macros and arrays rather than written in the call.
 */
#include <openssl/ssl.h>
#include <curl/curl.h>

#define LEGACY_ROOT "certs/BaltimoreCyberTrustRoot.crt.pem" /* the old IoT Hub root */
#define CURRENT_ROOT \
    "certs/DigiCertGlobalRootG2.crt.pem"
#define ROOT_FOR(name) "certs/" name ".crt.pem"
static const char backup_root[] = "DigiCertGlobalRootCA.crt.pem";

int legacy_hub(SSL_CTX *ctx)
{
    if (!SSL_CTX_load_verify_locations(ctx, LEGACY_ROOT, NULL)) // pinscan-expect: PIN310[Baltimore CyberTrust Root]
        return -1;
    return 0;
}

void storage_upload(CURL *h)
{
    curl_easy_setopt(h, CURLOPT_CAINFO, CURRENT_ROOT); // pinscan-expect: PIN310[DigiCert Global Root G2]
    curl_easy_setopt(h, CURLOPT_CAINFO, backup_root); // pinscan-expect: PIN310[DigiCert Global Root CA]
}

int platform_roots(SSL_CTX *ctx)
{
    // SSL_CTX_load_verify_locations(ctx, LEGACY_ROOT, NULL); // pinscan-negative: PIN310
    return SSL_CTX_set_default_verify_paths(ctx); // pinscan-negative: PIN310
}
