import CommonCrypto
import Foundation
import Security
import TrustKit

// Compares the server's public key with a stored SPKI hash.
final class KeyPinningDelegate: NSObject, URLSessionDelegate {
    let pinnedKeyHashes: Set<String> = ["i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="] // pinscan-expect: PIN105[DigiCert Global Root G2]

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let serverTrust = challenge.protectionSpace.serverTrust,
              let key = SecTrustCopyKey(serverTrust),
              let keyData = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        let keyHash = sha256Base64(keyData)
        if pinnedKeyHashes.contains(keyHash) { // pinscan-expect: PIN111
            completionHandler(.useCredential, URLCredential(trust: serverTrust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

// Compares the leaf certificate's bytes (task-level delegate).
final class CertificateCompareDelegate: NSObject, URLSessionTaskDelegate {
    let expectedCertificate: Data

    init(expectedCertificate: Data) { self.expectedCertificate = expectedCertificate }

    func urlSession(_ session: URLSession, task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let leaf = chain.first else {
            return completionHandler(.performDefaultHandling, nil)
        }
        let leafData = SecCertificateCopyData(leaf) as Data
        if leafData == expectedCertificate { // pinscan-expect: PIN111
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

// Accepts any server: no evaluation before .useCredential.
final class AcceptAllDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge, // pinscan-expect: PIN501
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if let serverTrust = challenge.protectionSpace.serverTrust {
            completionHandler(.useCredential, URLCredential(trust: serverTrust))
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }
}

// Evaluates the trust first, logs the subject: neither custom verification nor disabled.
final class LoggingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge, // pinscan-negative: PIN111, PIN501
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust,
              SecTrustEvaluateWithError(serverTrust, nil) else {
            return completionHandler(.cancelAuthenticationChallenge, nil)
        }
        if let leaf = (SecTrustCopyCertificateChain(serverTrust) as? [SecCertificate])?.first {
            let summary = SecCertificateCopySubjectSummary(leaf) as String?
            print("connected to \(summary ?? "?")")
        }
        completionHandler(.useCredential, URLCredential(trust: serverTrust))
    }
}

// TrustKit decides with its configured pins.
final class TrustKitDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge, // pinscan-negative: PIN501
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        auditLog.handle(challenge, completionHandler: nil) // pinscan-negative: PIN111
        TrustKit.sharedInstance().pinningValidator.handle(challenge, completionHandler: completionHandler) // pinscan-expect: PIN111
    }
}

// Private CA as the only anchor.
func evaluateWithPrivateRoot(_ trust: SecTrust, root: SecCertificate) -> Bool {
    let anchors = [root]
    SecTrustSetAnchorCertificates(trust, anchors as CFArray) // pinscan-expect: PIN312
    return SecTrustEvaluateWithError(trust, nil)
}

func evaluateWithStatus(_ trust: SecTrust, anchors: [SecCertificate]) -> Bool {
    guard SecTrustSetAnchorCertificates(trust, anchors as CFArray) == errSecSuccess else { return false } // pinscan-expect: PIN312
    return SecTrustEvaluateWithError(trust, nil)
}

// Private CA added next to the system anchors.
func evaluateWithExtraRoot(_ trust: SecTrust, root: SecCertificate) -> Bool {
    SecTrustSetAnchorCertificates(trust, [root] as CFArray) // pinscan-negative: PIN312
    SecTrustSetAnchorCertificatesOnly(trust, false)
    return SecTrustEvaluateWithError(trust, nil)
}

// Not the Security function: a local helper with a similar name.
func SecTrustSetAnchorCertificatesLogged(_ msg: String) { print(msg) } // pinscan-negative: PIN312
