import Foundation

final class PinningChecks {
    let pinnedKeyHashes: Set<String> = ["i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="] // pinscan-expect: PIN105[DigiCert Global Root G2]@note
}
