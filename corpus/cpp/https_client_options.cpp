// An HTTPS client and server built on a header-only C++ HTTP library: trust options set
// through member calls and constructor arguments.
#include <memory>
#include <string>
#include "httplib.h"

#define FLEET_CA_FILE "/opt/fleet/certs/fleet-root-ca.pem"
#define DEVICE_CA_FILE "/opt/fleet/certs/device-issuing-ca.pem"

std::string fetch_status(const std::string &host, const std::string &ca_pem)
{
    httplib::SSLClient cli(host, 443);
    cli.set_ca_cert_path(FLEET_CA_FILE); // pinscan-expect: PIN330
    cli.load_ca_cert_store(ca_pem.c_str(), ca_pem.size()); // pinscan-expect: PIN330
    cli.enable_server_certificate_verification(true); // pinscan-negative: PIN331
    cli.enable_server_hostname_verification(true); // pinscan-negative: PIN331
    auto res = cli.Get("/status");
    return res ? res->body : std::string();
}

std::string fetch_insecure(const std::string &host)
{
    httplib::SSLClient cli(host, 443);
    cli.enable_server_certificate_verification(false); // pinscan-expect: PIN331
    cli.enable_server_hostname_verification(false); // pinscan-expect: PIN331
    cli.enable_windows_certificate_verification(false); // pinscan-negative: PIN331 (an extra platform check)
    auto res = cli.Get("/status");
    return res ? res->body : std::string();
}

// A wrapper forwarding its caller's options: not a finding.
class Client {
public:
    void set_ca_cert_path(const std::string &ca_cert_file_path)
    {
        ca_cert_file_path_ = ca_cert_file_path;
        inner_->set_ca_cert_path(ca_cert_file_path); // pinscan-negative: PIN330
    }

private:
    std::unique_ptr<httplib::SSLClient> inner_;
    std::string ca_cert_file_path_;
};

void serve()
{
    httplib::SSLServer plain("server.crt", "server.key"); // pinscan-negative: PIN330 (no client CA)
    httplib::SSLServer svr("server.crt", "server.key", DEVICE_CA_FILE); // pinscan-expect: PIN330
    svr.listen("0.0.0.0", 8443);
}

struct BrokerTls {
    std::string ca_file;
    bool verify_peer = true;
};

void configure(BrokerTls &tls)
{
    tls.ca_file = "/opt/fleet/certs/broker-ca.pem"; // pinscan-expect: PIN330
    tls.verify_peer = false; // pinscan-expect: PIN331
}
