#import <AFNetworking/AFNetworking.h>
#import <CommonCrypto/CommonDigest.h>
#import <Network/Network.h>
#import <Security/Security.h>
#import <TrustKit/TrustKit.h>

static NSString *const kRootKeyPin = @"i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="; // pinscan-expect: PIN401[DigiCert Global Root G2]

@implementation ContosoApiClient

+ (AFSecurityPolicy *)pinnedPolicy {
    NSSet<NSData *> *certs = [AFSecurityPolicy certificatesInBundle:[NSBundle mainBundle]];
    AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModePublicKey // pinscan-expect: PIN112
                                                 withPinnedCertificates:certs];
    policy.pinnedCertificates = certs; // pinscan-expect: PIN112
    [policy setPinnedCertificates:certs]; // pinscan-expect: PIN112
    policy.allowInvalidCertificates = YES; // pinscan-expect: PIN501
    policy.validatesDomainName = NO; // pinscan-expect: PIN501
    [policy setAllowInvalidCertificates:YES]; // pinscan-expect: PIN501
    return policy;
}

+ (AFSecurityPolicy *)defaultPolicy {
    AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeNone]; // pinscan-negative: PIN112
    policy.allowInvalidCertificates = NO; // pinscan-negative: PIN501
    policy.validatesDomainName = YES; // pinscan-negative: PIN501
    // policy.pinnedCertificates = certs;   pinscan-negative: PIN112
    return policy;
}

+ (void)startTrustKit {
    NSDictionary *config = @{
        kTSKSwizzleNetworkDelegates: @NO,
        kTSKPinnedDomains: @{
            @"api.contoso.example": @{ // pinscan-negative: PIN112 (its hashes are the findings)
                kTSKEnforcePinning: @YES, // pinscan-negative: PIN112
                kTSKIncludeSubdomains: @YES,
                kTSKPublicKeyHashes: @[
                    kRootKeyPin, // pinscan-expect: PIN112[DigiCert Global Root G2]
                    @"t50ge6JX/xQDOy/01MgE3zGjPTqnwYMouO+9bQjlLZE=", // pinscan-expect: PIN112, PIN105
                ],
            },
            @"telemetry.contoso.example": @{ // pinscan-negative: PIN112
                kTSKEnforcePinning: @NO, // pinscan-negative: PIN112
                kTSKPublicKeyHashes: @[ kRootKeyPin ], // pinscan-expect: PIN112[DigiCert Global Root G2]
            },
        },
    };
    [TrustKit initSharedInstanceWithConfiguration:config]; // pinscan-negative: PIN112
}

// Hashes held in a variable: the domain and its enforcement are the findings.
+ (void)startTrustKitWithPins:(NSArray<NSString *> *)pins {
    NSDictionary *pinnedConfig = @{
        kTSKPinnedDomains: @{
            @"ingest.contoso.example": @{ // pinscan-expect: PIN112
                kTSKEnforcePinning: YES, // pinscan-expect: PIN112
                kTSKPublicKeyHashes: pins,
            },
        },
    };
    [TrustKit initSharedInstanceWithConfiguration:pinnedConfig]; // pinscan-negative: PIN112
    [TrustKit initSharedInstanceWithConfiguration:[self remotePinningConfiguration]]; // pinscan-expect: PIN112
}

+ (NSURLSessionConfiguration *)legacyConfiguration {
    NSURLSessionConfiguration *c = [NSURLSessionConfiguration defaultSessionConfiguration];
    c.TLSMinimumSupportedProtocol = kTLSProtocol1; // pinscan-expect: PIN502
    [c setTLSMaximumSupportedProtocol:kTLSProtocol11]; // pinscan-expect: PIN502
    c.TLSMinimumSupportedProtocolVersion = tls_protocol_version_TLSv11; // pinscan-expect: PIN502
    return c;
}

+ (NSURLSessionConfiguration *)modernConfiguration {
    NSURLSessionConfiguration *c = [NSURLSessionConfiguration ephemeralSessionConfiguration];
    c.TLSMinimumSupportedProtocol = kTLSProtocol12; // pinscan-negative: PIN502
    c.TLSMinimumSupportedProtocolVersion = tls_protocol_version_TLSv12; // pinscan-negative: PIN502
    return c;
}

+ (void)configureTLS:(sec_protocol_options_t)options {
    sec_protocol_options_set_min_tls_protocol_version(options, tls_protocol_version_TLSv10); // pinscan-expect: PIN502
    sec_protocol_options_set_max_tls_protocol_version(options, tls_protocol_version_TLSv13); // pinscan-negative: PIN502
}

@end
