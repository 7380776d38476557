import TrustKit

// TrustKit configuration: the app refuses any chain without one of these keys.
let trustKitConfig: [String: Any] = [
    kTSKSwizzleNetworkDelegates: false,
    kTSKPinnedDomains: [
        "api.contoso.example": [ // pinscan-negative: PIN112
            kTSKEnforcePinning: true, // pinscan-negative: PIN112
            kTSKIncludeSubdomains: true,
            kTSKPublicKeyHashes: [
                "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=", // pinscan-expect: PIN105[DigiCert Global Root G2]@warning, PIN112[DigiCert Global Root G2]
                "iFxnXzQXDSWTsi+myAxbnflAo5WZNRkgfeOkVyD/9Tc=", // pinscan-expect: PIN105@warning, PIN112
            ],
        ],
    ],
]

// Not pins: an avatar cache key and an analytics id.
let avatarCacheKey = "0ux0PMcZMP1LgUtVhsviaFmK7UyUgD4AoB8ImPCrvXw="  // pinscan-negative: PIN105, PIN101
