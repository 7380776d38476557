import Alamofire
import Foundation
import Network
import TrustKit

// Alamofire 5: per-host evaluators.
let rootKeyPin = "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=" // pinscan-expect: PIN401[DigiCert Global Root G2]

final class ApiSessions {
    static let evaluators: [String: ServerTrustEvaluating] = [
        "orders.contoso.example": PinnedCertificatesTrustEvaluator(certificates: Bundle.main.af.certificates), // pinscan-expect: PIN112
        "billing.contoso.example": Alamofire.PublicKeysTrustEvaluator( // pinscan-expect: PIN112
            keys: Bundle.main.af.publicKeys,
            performDefaultValidation: true,
            validateHost: true),
        "status.contoso.example": DefaultTrustEvaluator(), // pinscan-negative: PIN112, PIN501
        "crl.contoso.example": RevocationTrustEvaluator(), // pinscan-negative: PIN112
        "dev.contoso.example": DisabledTrustEvaluator(), // pinscan-expect: PIN501
    ]

    static let manager = ServerTrustManager(evaluators: evaluators)
    // static let legacy = PinnedCertificatesTrustEvaluator()   // pinscan-negative: PIN112
}

// AFNetworking used from Swift.
func makePolicy() -> AFSecurityPolicy {
    let policy = AFSecurityPolicy(pinningMode: .publicKey) // pinscan-expect: PIN112
    policy.pinnedCertificates = AFSecurityPolicy.certificates(in: .main) // pinscan-expect: PIN112
    policy.allowInvalidCertificates = true // pinscan-expect: PIN501
    policy.validatesDomainName = false // pinscan-expect: PIN501
    return policy
}

func makeDefaultPolicy() -> AFSecurityPolicy {
    let policy = AFSecurityPolicy(pinningMode: .none) // pinscan-negative: PIN112
    policy.allowInvalidCertificates = false // pinscan-negative: PIN501
    policy.validatesDomainName = true // pinscan-negative: PIN501
    return policy
}

// TrustKit configured in code.
func startTrustKit() {
    let config: [String: Any] = [
        kTSKSwizzleNetworkDelegates: false,
        kTSKPinnedDomains: [
            "api.contoso.example": [ // pinscan-negative: PIN112 (its hashes are the findings)
                kTSKEnforcePinning: true, // pinscan-negative: PIN112
                kTSKPublicKeyHashes: [
                    rootKeyPin, // pinscan-expect: PIN112[DigiCert Global Root G2]
                    "t50ge6JX/xQDOy/01MgE3zGjPTqnwYMouO+9bQjlLZE=", // pinscan-expect: PIN112, PIN105
                ],
            ],
            "telemetry.contoso.example": [ // pinscan-negative: PIN112
                kTSKEnforcePinning: false, // pinscan-negative: PIN112
                kTSKPublicKeyHashes: [backupPin], // pinscan-expect: PIN112[Microsoft RSA Root Certificate Authority 2017]
            ],
        ],
    ]
    TrustKit.initSharedInstance(withConfiguration: config) // pinscan-negative: PIN112
}

// Hashes held in a variable: the domain and its enforcement are the findings.
func startTrustKit(pins: [String]) {
    let pinnedConfig: [String: Any] = [
        kTSKPinnedDomains: [
            "ingest.contoso.example": [ // pinscan-expect: PIN112
                kTSKEnforcePinning: true, // pinscan-expect: PIN112
                kTSKPublicKeyHashes: pins,
            ],
        ],
    ]
    TrustKit.initSharedInstance(withConfiguration: pinnedConfig) // pinscan-negative: PIN112
    TrustKit.initSharedInstance(withConfiguration: loadRemotePinningConfig()) // pinscan-expect: PIN112
}

let backupPin = "svcpi1K/LDysTd/nLeTWgqxYlXWVmC8rYjAa9ZfGmcU=" // pinscan-expect: PIN401[Microsoft RSA Root Certificate Authority 2017]

// Network.framework and URLSessionConfiguration TLS versions.
func legacyConfiguration() -> URLSessionConfiguration {
    let c = URLSessionConfiguration.default
    c.tlsMinimumSupportedProtocolVersion = .TLSv10 // pinscan-expect: PIN502
    c.tlsMaximumSupportedProtocolVersion = tls_protocol_version_t.TLSv11 // pinscan-expect: PIN502
    c.TLSMinimumSupportedProtocol = .tlsProtocol11 // pinscan-expect: PIN502
    return c
}

func modernConfiguration() -> URLSessionConfiguration {
    let c = URLSessionConfiguration.ephemeral
    c.tlsMinimumSupportedProtocolVersion = .TLSv12 // pinscan-negative: PIN502
    c.TLSMinimumSupportedProtocol = .tlsProtocol12 // pinscan-negative: PIN502
    return c
}

func legacyParameters() -> NWParameters {
    let tls = NWProtocolTLS.Options()
    sec_protocol_options_set_min_tls_protocol_version(tls.securityProtocolOptions, .TLSv10) // pinscan-expect: PIN502
    sec_protocol_options_set_max_tls_protocol_version(tls.securityProtocolOptions, .TLSv13) // pinscan-negative: PIN502
    return NWParameters(tls: tls)
}
