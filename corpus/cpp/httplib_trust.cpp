// A service client and a test server built on cpp-httplib.
#include <httplib.h>
#include <memory>

static const char kLedgerCaPath[] = "certs/ledger-root.pem";
static const char kClientCaFile[] = "certs/partners-ca.pem";

int fetch_ledger() {
    httplib::SSLClient cli("ledger.example.net", 443);
    cli.set_ca_cert_path(kLedgerCaPath); // pinscan-expect: PIN330
    auto res = cli.Get("/v1/balance");
    return res ? res->status : -1;
}

static const char kLedgerRootPem[] = "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n";

int fetch_with_store() {
    auto c = std::make_unique<httplib::Client>("https://ledger.example.net");
    c->load_ca_cert_store(kLedgerRootPem, sizeof(kLedgerRootPem)); // pinscan-expect: PIN330
    X509_STORE *ledger_store = make_ledger_store();
    c->set_ca_cert_store(ledger_store); // pinscan-expect: PIN330
    return 0;
}

void serve_partners() {
    httplib::SSLServer svr("certs/server.pem", "certs/server.key", "certs/partners-ca.pem"); // pinscan-expect: PIN330
    SSLServer svr2(SERVER_CERT, SERVER_KEY, kClientCaFile); // pinscan-expect: PIN330
    httplib::SSLServer svr3(SERVER_CERT, SERVER_KEY,
                            kClientCaFile); // pinscan-expect: PIN330
    svr.update_certs_pem(server_pem.c_str(), server_key_pem.c_str(),
                         partners_ca_pem.c_str()); // pinscan-expect: PIN330
    svr.update_certs_pem(server_pem.c_str(), server_key_pem.c_str(), nullptr); // pinscan-negative: PIN330
    svr.listen("0.0.0.0", 8443);
}

// Negatives: the system store (no CA path), a server without client authentication, an
// explicit empty path.
int fetch_public() {
    httplib::SSLClient cli("api.example.org", 443);
    cli.set_ca_cert_path(nullptr); // pinscan-negative: PIN330
    httplib::SSLServer plain("certs/server.pem", "certs/server.key"); // pinscan-negative: PIN330
    SSLServer plain2(SERVER_CERT, SERVER_KEY); // pinscan-negative: PIN330
    return cli.Get("/")->status;
}

int fetch_insecure_dev() {
    httplib::SSLClient cli("dev.example.net", 8443);
    cli.enable_server_certificate_verification(false); // pinscan-expect: PIN331
    cli.enable_server_hostname_verification(false); // pinscan-expect: PIN331
    httplib::SSLClient safe("api.example.org", 443);
    safe.enable_server_certificate_verification(true); // pinscan-negative: PIN331
    safe.enable_server_hostname_verification(true);
    return cli.Get("/")->status;
}
