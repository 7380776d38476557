// Order service HTTPS clients: OpenSSL through RAII wrappers, libcurl and Boost.Asio.
#include <boost/asio/ssl.hpp>
#include <curl/curl.h>
#include <memory>
#include <openssl/ssl.h>
#include <stdexcept>
#include <string>

namespace orders {

namespace ssl = boost::asio::ssl;

constexpr const char* kLedgerCa = "certs/DigiCertGlobalRootG2.crt.pem";
const std::string kPaymentsPin = "sha256//i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="; // pinscan-expect: PIN101[DigiCert Global Root G2]

struct CtxFree {
    void operator()(SSL_CTX* c) const { SSL_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<SSL_CTX, CtxFree>;

CtxPtr ledger_context() {
    CtxPtr ctx(SSL_CTX_new(TLS_client_method())); // pinscan-negative: PIN502
    if (::SSL_CTX_load_verify_locations(ctx.get(), kLedgerCa, nullptr) != 1) { // pinscan-expect: PIN310[DigiCert Global Root G2]
        throw std::runtime_error("ledger CA");
    }
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, [](int ok, X509_STORE_CTX* store) { // pinscan-expect: PIN111
        return ok && X509_STORE_CTX_get_error_depth(store) < 3;
    });
    return ctx;
}

CtxPtr catalog_context(const std::string& extra_ca) {
    CtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    SSL_CTX_set_default_verify_paths(ctx.get());
    SSL_CTX_load_verify_file(ctx.get(), extra_ca.c_str()); // pinscan-negative: PIN310
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, nullptr); // pinscan-negative: PIN111, PIN501
    return ctx;
}

void pay(CURL* h) {
    curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, kPaymentsPin.c_str()); // pinscan-expect: PIN311
    curl_easy_setopt(h, CURLOPT_CAINFO_BLOB, &payments_ca_blob); // pinscan-expect: PIN310
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L); // pinscan-negative: PIN501
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2); // pinscan-negative: PIN502
}

void pay_sandbox(CURL* h) {
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, false); // pinscan-expect: PIN501
    curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_1); // pinscan-expect: PIN502
    curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, nullptr); // pinscan-negative: PIN311
}

class Feed {
public:
    explicit Feed(boost::asio::io_context& io) : ctx_(ssl::context::tls_client), stream_(io, ctx_) { // pinscan-negative: PIN502
        ctx_.load_verify_file("certs/BaltimoreCyberTrustRoot.crt.pem"); // pinscan-expect: PIN310[Baltimore CyberTrust Root]
        ctx_.set_verify_mode(ssl::verify_peer); // pinscan-negative: PIN501
        stream_.set_verify_callback(ssl::host_name_verification("feed.contoso.example")); // pinscan-negative: PIN111
    }

    void add_system_roots() {
        ctx_.set_default_verify_paths();
        ctx_.add_certificate_authority(boost::asio::buffer(partner_ca_pem_)); // pinscan-negative: PIN310
    }

    void trust_partner(const std::string& fingerprint) {
        stream_.set_verify_callback([fingerprint](bool ok, ssl::verify_context& vc) {
            return ok && matches(vc.native_handle(), fingerprint); // pinscan-expect: PIN111
        });
    }

private:
    std::string partner_ca_pem_;
    ssl::context ctx_;
    ssl::stream<boost::asio::ip::tcp::socket> stream_;
};

// The old settlement host only speaks TLS 1.0.
void settle(boost::asio::io_context& io) {
    boost::asio::ssl::context legacy(boost::asio::ssl::context::tlsv1_client); // pinscan-expect: PIN502
    legacy.set_verify_mode(boost::asio::ssl::verify_none); // pinscan-expect: PIN501
    SSL_CTX_set_max_proto_version(legacy.native_handle(), TLS1_VERSION); // pinscan-expect: PIN502
    // legacy.set_verify_mode(boost::asio::ssl::verify_none);  pinscan-negative: PIN501
}

}  // namespace orders
