/* A device application that trusts anchors defined in another file of the tree. */
#include <stdio.h>
#include "trust_anchors.h"

static int configure(IOTHUB_DEVICE_CLIENT_LL_HANDLE handle)
{
    /* The one root defined in trust_anchors.c: the finding names it. */
    if (IoTHubDeviceClient_LL_SetOption(handle, OPTION_TRUSTED_CERT, trust_anchor_g2) != IOTHUB_CLIENT_OK) /* pinscan-expect: PIN310[DigiCert Global Root G2] */
    {
        return 1;
    }
    /* Two roots defined in trust_anchors.c: the finding names the first and lists both. */
    (void)IoTHubDeviceClient_LL_SetOption(handle, OPTION_TRUSTED_CERT, service_roots); /* pinscan-expect: PIN310[DigiCert Global Root G2] */
    return 0;
}

/* A library wrapper that forwards its caller's CA file is not a pin: the caller decides. */
int tls_context_load_ca(SSL_CTX *ctx, const char *ca_file)
{
    if (SSL_CTX_load_verify_locations(ctx, ca_file, NULL) != 1) /* pinscan-negative: PIN310 */
    {
        return -1;
    }
    return 0;
}
