/*
 * Device transport: curl uploads, IoT Hub telemetry, MQTT on the ESP32 and FreeRTOS ports.
 */
#include <curl/curl.h>
#include <mbedtls/ssl.h>
#include <mosquitto.h>
#include "iothub_device_client_ll.h"
#include "azure_prov_client/prov_device_ll_client.h"
#include "esp_http_client.h"
#include "esp_tls.h"
#include "mqtt_client.h"
#include "core_mqtt.h"
#include "certs.h"

#define UPLOAD_CA "certs/DigiCertGlobalRootG2.crt.pem"
static const char *upload_pin = "sha256//i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="; // pinscan-expect: PIN101[DigiCert Global Root G2]
extern const char server_root_cert_pem_start[] asm("_binary_root_pem_start");
extern const char mqtt_root_pem[];

int upload(CURL *h)
{
    curl_easy_setopt(h, CURLOPT_URL, "https://ingest.contoso.example/upload");
    curl_easy_setopt(h, CURLOPT_CAINFO, "certs/DigiCertGlobalRootG2.crt.pem"); // pinscan-expect: PIN310[DigiCert Global Root G2]
    curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, upload_pin); // pinscan-expect: PIN311[DigiCert Global Root G2]
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L); // pinscan-negative: PIN501
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L); // pinscan-negative: PIN501
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2); // pinscan-negative: PIN502
    return curl_easy_perform(h);
}

int upload_system(CURL *h)
{
    curl_easy_setopt(h, CURLOPT_CAINFO, "/etc/ssl/certs/ca-certificates.crt"); // pinscan-negative: PIN310
    curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, NULL); // pinscan-negative: PIN311
    return curl_easy_perform(h);
}

int upload_debug(CURL *h)
{
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L); // pinscan-expect: PIN501
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0); // pinscan-expect: PIN501
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_0); // pinscan-expect: PIN502
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1); // pinscan-negative: PIN502
    return curl_easy_perform(h);
}

void hub_connect(IOTHUB_DEVICE_CLIENT_LL_HANDLE hub, PROV_DEVICE_LL_HANDLE prov)
{
    IoTHubDeviceClient_LL_SetOption(hub, OPTION_TRUSTED_CERT, certificates); // pinscan-expect: PIN310[DigiCert Global Root G2]
    Prov_Device_LL_SetOption(prov, "TrustedCerts", certificates); // pinscan-expect: PIN310[DigiCert Global Root G2]
    IoTHubDeviceClient_LL_SetOption(hub, OPTION_LOG_TRACE, &trace_on); // pinscan-negative: PIN310
}

void esp_clients(void)
{
    esp_http_client_config_t http = {
        .url = "https://ingest.contoso.example",
        .cert_pem = server_root_cert_pem_start, // pinscan-expect: PIN310
        .skip_cert_common_name_check = true, // pinscan-expect: PIN501
    };
    esp_http_client_config_t bundled = {
        .url = "https://ingest.contoso.example",
        .crt_bundle_attach = esp_crt_bundle_attach, // pinscan-negative: PIN310
        .skip_cert_common_name_check = false, // pinscan-negative: PIN501
    };
    esp_mqtt_client_config_t mqtt = {
        .broker.address.uri = "mqtts://hub.contoso.example",
        .broker.verification.certificate = mqtt_root_pem, // pinscan-expect: PIN310
    };
    esp_tls_cfg_t tls = { .cacert_buf = (const unsigned char *)mqtt_root_pem, .cacert_bytes = 1400 }; // pinscan-expect: PIN310
    esp_tls_set_global_ca_store((const unsigned char *)mqtt_root_pem, 1400); // pinscan-expect: PIN310
    (void)http; (void)bundled; (void)mqtt; (void)tls;
}

void freertos_credentials(NetworkCredentials_t *creds, NetworkCredentials_t *anon)
{
    creds->pRootCa = (const unsigned char *)ROOT_CA_PEM; // pinscan-expect: PIN310
    creds->rootCaSize = sizeof(ROOT_CA_PEM);
    anon->pRootCa = NULL; // pinscan-negative: PIN310
}

int mbed_setup(mbedtls_ssl_config *conf, mbedtls_x509_crt *cacert, mbedtls_x509_crt *clicert)
{
    int ret = mbedtls_x509_crt_parse(cacert, (const unsigned char *)ROOT_CA_PEM, sizeof ROOT_CA_PEM); // pinscan-expect: PIN310
    if (ret != 0)
        return ret;
    mbedtls_x509_crt_parse(clicert, device_cert_pem, device_cert_len); // pinscan-negative: PIN310
    mbedtls_ssl_conf_ca_chain(conf, cacert, NULL);
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED); // pinscan-negative: PIN501
    mbedtls_ssl_conf_verify(conf, verify_device_cert, NULL); // pinscan-expect: PIN111
    mbedtls_ssl_conf_max_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3); // pinscan-negative: PIN502
    return 0;
}

void mbed_lab(mbedtls_ssl_config *conf)
{
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL); // pinscan-expect: PIN501
    mbedtls_ssl_conf_max_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_2); // pinscan-expect: PIN502
}

int broker(struct mosquitto *mosq)
{
    int rc = mosquitto_tls_set(mosq, "certs/BaltimoreCyberTrustRoot.crt.pem", NULL, NULL, NULL, NULL); // pinscan-expect: PIN310[Baltimore CyberTrust Root]
    if (rc != MOSQ_ERR_SUCCESS)
        return rc;
    return mosquitto_connect(mosq, "hub.contoso.example", 8883, 60);
}

/* The private CA is added to the operating system's roots. */
int broker_os(struct mosquitto *os_mosq)
{
    mosquitto_int_option(os_mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
    return mosquitto_tls_set(os_mosq, "certs/private-ca.pem", NULL, NULL, NULL, NULL); // pinscan-negative: PIN310
}
