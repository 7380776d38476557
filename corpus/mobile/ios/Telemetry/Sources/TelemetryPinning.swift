import Foundation
import Security

/// Pins the telemetry endpoint to the certificates shipped in the app bundle.
final class TelemetryPinning: NSObject, URLSessionDelegate {
    // A retired root loaded by name: the finding names the file's CA.
    private let legacyRoot: Data? = {
        guard let path = Bundle.main.path(forResource: "BaltimoreRoot", ofType: "cer") else { return nil } // pinscan-expect: PIN336[Baltimore CyberTrust Root]@error
        return FileManager.default.contents(atPath: path)
    }()

    // The name with its extension and no type.
    private let ingestRoot = Bundle.main.url(forResource: "IngestRoot.der", withExtension: nil) // pinscan-expect: PIN336[DigiCert Global Root G2]@warning

    // A private root that has expired: connections fail already.
    private let partnerRoot = Bundle.main.path(forResource: "FabrikamLegacyRoot", ofType: "der") // pinscan-expect: PIN336@error

    // Every .cer file of the bundle is a pinned certificate.
    private let shipped = Bundle.main.paths(forResourcesOfType: "cer", inDirectory: nil) // pinscan-expect: PIN336@warning

    // A loader helper: the caller picks the certificate, so here it is a note.
    static func certificate(named name: String) -> SecCertificate? {
        guard let url = Bundle(for: TelemetryPinning.self).url(forResource: name, withExtension: "der"), // pinscan-expect: PIN336@note
              let data = try? Data(contentsOf: url) else { return nil }
        return SecCertificateCreateWithData(nil, data as CFData)
    }

    // A name built from the helper's parameter is the caller's choice too.
    static func root(for region: String) -> String? {
        Bundle.main.path(forResource: "roots/\(region)", ofType: "crt") // pinscan-expect: PIN336@note
    }

    // Not certificates: the app's client identity, its settings, its icons.
    private let identity = Bundle.main.path(forResource: "client", ofType: "p12") // pinscan-negative: PIN336
    private let settings = Bundle.main.url(forResource: "Settings", withExtension: "plist") // pinscan-negative: PIN336
    private let icons = Bundle.main.paths(forResourcesOfType: "png", inDirectory: nil) // pinscan-negative: PIN336
}
