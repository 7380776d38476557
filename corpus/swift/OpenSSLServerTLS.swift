// Server-side Swift on Linux: OpenSSL called directly, and a TLS configuration type.
import Foundation
import OpenSSL

struct TLSSetup {
    let caFilePath: String?
    let caDirPath: String?
    let selfSigned: Bool
}

final class TLSContextBuilder {
    func configure(_ context: OpaquePointer, setup: TLSSetup) -> Bool {
        if setup.selfSigned {
            SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil) // pinscan-expect: PIN501
        } else {
            SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil) // pinscan-negative: PIN501
        }
        let caFile = setup.caFilePath
        let caDir = setup.caDirPath
        let rc = SSL_CTX_load_verify_locations(context, caFile, caDir) // pinscan-expect: PIN310
        return rc > 0
    }

    func configureDirectory(_ context: OpaquePointer, dir: String) -> Bool {
        let rc = SSL_CTX_load_verify_locations(context, nil, dir) // pinscan-negative: PIN310 (the caller's folder, forwarded)
        return rc > 0
    }

    func configureWithSystemRoots(_ context: OpaquePointer, extraCA: String) {
        SSL_CTX_set_default_verify_paths(context)
        SSL_CTX_load_verify_locations(context, extraCA, nil) // pinscan-negative: PIN310 (added to the system roots)
    }
}

final class SecureTransportClient {
    func prepare(_ ssl: SSLContext, allowSelfSigned: Bool) {
        if allowSelfSigned {
            SSLSetSessionOption(ssl, .breakOnServerAuth, true) // pinscan-expect: PIN334
        }
        SSLSetSessionOption(ssl, .breakOnClientAuth, true) // pinscan-negative: PIN334
    }
}

struct ServiceConfiguration {
    init(clientAllowsSelfSignedCertificates: Bool, embeddedServerCertPaths: [URL]? = nil) {}
    init(chainFile: String?, usingSelfSignedCerts: Bool) {}
}

func makeConfigurations(bundled: URL) -> [ServiceConfiguration] {
    return [
        ServiceConfiguration(clientAllowsSelfSignedCertificates: true), // pinscan-expect: PIN334
        ServiceConfiguration(clientAllowsSelfSignedCertificates: false), // pinscan-negative: PIN334
        ServiceConfiguration(chainFile: "server.p12", usingSelfSignedCerts: true), // pinscan-expect: PIN334
        ServiceConfiguration(clientAllowsSelfSignedCertificates: true, embeddedServerCertPaths: [bundled]), // pinscan-expect: PIN335
        ServiceConfiguration(clientAllowsSelfSignedCertificates: true, embeddedServerCertPaths: nil), // pinscan-expect: PIN334
        ServiceConfiguration(clientAllowsSelfSignedCertificates: false, embeddedServerCertPaths: []), // pinscan-negative: PIN334, PIN335
    ]
}
