/*
 * OpenSSL verification callbacks that decide in helpers (same file).
 */
#include <stdio.h>
#include <string.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

static const unsigned char pinned_spki_sha256[32] = { 0x5d, 0x1a };

static int key_is_pinned(X509 *cert)
{
    unsigned char md[32];
    unsigned int len = sizeof md;
    if (!X509_pubkey_digest(cert, EVP_sha256(), md, &len))
        return 0;
    return memcmp(md, pinned_spki_sha256, sizeof md) == 0; // pinscan-expect: PIN111
}

static int verify_leaf(int preverify_ok, X509_STORE_CTX *store)
{
    if (X509_STORE_CTX_get_error_depth(store) > 0)
        return preverify_ok;
    return preverify_ok && key_is_pinned(X509_STORE_CTX_get_current_cert(store));
}

static void log_depth(X509_STORE_CTX *store)
{
    fprintf(stderr, "depth %d error %d\n", X509_STORE_CTX_get_error_depth(store),
            X509_STORE_CTX_get_error(store));
}

/* Negative: the helper only logs. */
static int verify_logged(int preverify_ok, X509_STORE_CTX *store)
{
    log_depth(store);
    return preverify_ok;
}

void configure(SSL_CTX *pinned, SSL_CTX *logged)
{
    SSL_CTX_set_verify(pinned, SSL_VERIFY_PEER, verify_leaf);
    SSL_CTX_set_verify(logged, SSL_VERIFY_PEER, verify_logged); // pinscan-negative: PIN111, PIN380
}
