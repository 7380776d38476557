/*
 * Verification callbacks: one pins the root's digest, one only logs, one lives elsewhere.
 */
#include <string.h>
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

static const unsigned char root_sha256[32] = { 0 };

extern int vendor_verify(int preverify_ok, X509_STORE_CTX *store);

static int pin_root(int preverify_ok, X509_STORE_CTX *store)
{
    unsigned char md[32];
    unsigned int len = sizeof(md);
    X509 *cert = X509_STORE_CTX_get_current_cert(store);
    if (!preverify_ok || !X509_digest(cert, EVP_sha256(), md, &len))
        return 0;
    return X509_STORE_CTX_get_error_depth(store) != 2 || memcmp(md, root_sha256, len) == 0; // pinscan-expect: PIN111
}

static int log_failures(int preverify_ok, X509_STORE_CTX *store)
{
    if (!preverify_ok)
        fprintf(stderr, "verify error %d at depth %d\n", X509_STORE_CTX_get_error(store),
                X509_STORE_CTX_get_error_depth(store));
    return preverify_ok;
}

void configure(SSL_CTX *pinned, SSL_CTX *logged, SSL_CTX *vendor)
{
    SSL_CTX_set_verify(pinned, SSL_VERIFY_PEER, pin_root);
    SSL_CTX_set_verify(logged, SSL_VERIFY_PEER, log_failures); // pinscan-negative: PIN111
    SSL_CTX_set_verify(vendor, SSL_VERIFY_PEER, vendor_verify); // pinscan-expect: PIN111
}
