import Alamofire
import Foundation
import Security

/// An Alamofire evaluator written by hand: it compares the leaf's public key with a fixed one.
final class KeyEvaluator: ServerTrustEvaluating {
    private let expectedKey: Data

    init(expectedKey: Data) {
        self.expectedKey = expectedKey
    }

    func evaluate(_ trust: SecTrust, forHost host: String) throws {
        guard let leaf = SecTrustGetCertificateAtIndex(trust, 0),
              let key = SecCertificateCopyKey(leaf),
              let data = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            throw AFError.serverTrustEvaluationFailed(reason: .noPublicKeysFound)
        }
        if data != expectedKey { // pinscan-expect: PIN111
            throw AFError.serverTrustEvaluationFailed(reason: .noPublicKeysFound)
        }
    }
}

/// The platform decides: no certificate property is compared.
final class SystemEvaluator: ServerTrustEvaluating {
    func evaluate(_ trust: SecTrust, forHost host: String) throws { // pinscan-negative: PIN111, PIN501
        var error: CFError?
        guard SecTrustEvaluateWithError(trust, &error) else {
            throw AFError.serverTrustEvaluationFailed(reason: .noRequiredEvaluator(host: host))
        }
    }
}

/// A method of the same name that is not a trust evaluator.
struct Scorer {
    func evaluate(_ score: Int) -> Bool { // pinscan-negative: PIN111
        score == 42
    }
}
