/*
 * MQTT and IoT client TLS options set in option structs: trust stores, verification switches.
 */
#include <stdbool.h>
#include <string.h>
#include "MQTTClient.h"
#include "mosquitto.h"
#include "iothub_device_client_ll.h"
#include "iothub_messaging.h"
#include "certs.h"

struct gateway_tls {
    const char *ca_file;
    const char *root_ca;
    const char *server_ca_pem;
    size_t ca_cert_len;
    int verify_peer;
    bool skip_cert_verify;
    bool tls_insecure;
    bool insecure;
    bool use_global_ca_store;
};

struct cli_config {
    char *cafile;
    char *capath;
    bool insecure;
};

static const char *fleet_root = "/opt/fleet/certs/fleet-root-ca.pem";

/* Designated initialisers: paho's SSL options and a gateway's own struct. */
static MQTTClient_SSLOptions telemetry_ssl = {
    .trustStore = "/opt/fleet/certs/telemetry-ca.pem", // pinscan-expect: PIN330
    .keyStore = "/opt/fleet/certs/device.pem",
    .enableServerCertAuth = 1, // pinscan-negative: PIN331
};

static MQTTClient_SSLOptions lab_ssl = {
    .trustStore = NULL, // pinscan-negative: PIN330 (no CA: the library's default store)
    .CApath = "/etc/ssl/certs", // pinscan-negative: PIN330 (the system directory)
    .enableServerCertAuth = 0, // pinscan-expect: PIN331
};

static struct gateway_tls uplink_tls = {
    .root_ca = fleet_root, // pinscan-expect: PIN330
    .ca_cert_len = 0,
    .verify_peer = false, // pinscan-expect: PIN331
    .use_global_ca_store = true, // pinscan-negative: PIN330
};

/* Plain assignments, from a literal, a variable or another struct's field. */
void configure_ssl(MQTTClient_connectOptions *opts, MQTTClient_SSLOptions *ssl, const struct cli_config *cfg)
{
    opts->ssl = ssl;
    opts->ssl->trustStore = cfg->cafile; // pinscan-expect: PIN330
    opts->ssl->CApath = cfg->capath; // pinscan-expect: PIN330
    opts->ssl->enableServerCertAuth = 1; // pinscan-negative: PIN331
    ssl->verify = (cfg->insecure) ? 0 : 1; // pinscan-expect: PIN331
}

void configure_insecure(MQTTClient_SSLOptions *ssl_opts, struct gateway_tls *gw)
{
    ssl_opts->verify = 0; // pinscan-expect: PIN331
    ssl_opts->verify = 1; // pinscan-negative: PIN331
    gw->skip_cert_verify = true; // pinscan-expect: PIN331
    gw->tls_insecure = 1; // pinscan-expect: PIN331
    gw->server_ca_pem = "/opt/fleet/certs/uplink-ca.pem"; // pinscan-expect: PIN330
}

/* Command-line parsing only records the user's choice: not a finding. */
int parse_args(struct cli_config *cfg, int argc, char *argv[])
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--cafile") && i + 1 < argc) {
            cfg->cafile = argv[++i]; // pinscan-negative: PIN330
        } else if (!strcmp(argv[i], "--insecure")) {
            cfg->insecure = true; // pinscan-negative: PIN331
        }
    }
    return 0;
}

/* A library copying its caller's options through: not a finding. */
void gateway_tls_copy(struct gateway_tls *dst, const struct gateway_tls *src, const char *root_ca)
{
    dst->ca_file = src->ca_file; // pinscan-negative: PIN330
    dst->root_ca = root_ca; // pinscan-negative: PIN330
    dst->server_ca_pem = strdup(src->server_ca_pem); // pinscan-negative: PIN330
}

/* mosquitto: insecure mode and cert_reqs. */
int connect_broker(struct mosquitto *mosq, const struct cli_config *cfg)
{
    mosquitto_tls_opts_set(mosq, 1, "tlsv1.2", NULL); // pinscan-negative: PIN331 (SSL_VERIFY_PEER)
    if (cfg->insecure && mosquitto_tls_insecure_set(mosq, true)) { // pinscan-expect: PIN331
        return 1;
    }
    mosquitto_tls_insecure_set(mosq, false); // pinscan-negative: PIN331
    mosquitto_tls_opts_set(mosq, 0, NULL, NULL); // pinscan-expect: PIN331
    return 0;
}

/* Azure IoT C SDK: the trusted-certificate option through a helper and the service setters. */
static void set_device_option(IOTHUB_DEVICE_CLIENT_LL_HANDLE h, const char *name, const void *value, const char *what)
{
    if (IoTHubDeviceClient_LL_SetOption(h, name, value) != IOTHUB_CLIENT_OK) {
        (void)printf("%s\n", what);
    }
}

void setup_device(IOTHUB_DEVICE_CLIENT_LL_HANDLE h, IOTHUB_MESSAGING_CLIENT_HANDLE svc)
{
    bool trace = true;
    set_device_option(h, OPTION_LOG_TRACE, &trace, "tracing");
    set_device_option(h, OPTION_TRUSTED_CERT, certificates, "trusted cert"); // pinscan-expect: PIN310[DigiCert Global Root G2]
    (void)IoTHubMessaging_SetTrustedCert(svc, certificates); // pinscan-expect: PIN310[DigiCert Global Root G2]
}

int is_trusted_cert_option(const char *name)
{
    return strcmp(OPTION_TRUSTED_CERT, name) == 0; // pinscan-negative: PIN310
}

/* The trusted-certificate option in an else-if chain split by the preprocessor. */
int open_device(IOTHUB_DEVICE_CLIENT_LL_HANDLE h, const char *model_id)
{
    IOTHUB_CLIENT_RESULT r;
    int ok = 0;
    if ((r = IoTHubDeviceClient_LL_SetOption(h, OPTION_MODEL_ID, model_id)) != IOTHUB_CLIENT_OK)
    {
        ok = 0;
    }
#ifdef TRUST_BUNDLED_ROOTS
    else if ((r = IoTHubDeviceClient_LL_SetOption(h, OPTION_TRUSTED_CERT, certificates)) != IOTHUB_CLIENT_OK) // pinscan-expect: PIN310[DigiCert Global Root G2]
    {
        ok = 0;
    }
#endif
    else
    {
        ok = 1;
    }
    return ok;
}
