// Swift: a URLSession delegate that decides in a helper.
import Foundation
import CryptoKit

let pinnedKeyHashes: Set<String> = ["9n2ahOm2U0S0dW2x8yM3rA3JHkq8Z2l1b0c9d8e7f6A="] // pinscan-expect: PIN105

func serverKeyIsPinned(_ trust: SecTrust) -> Bool {
    guard let key = SecTrustCopyKey(trust),
          let data = SecKeyCopyExternalRepresentation(key, nil) as Data? else { return false }
    let hash = Data(SHA256.hash(data: data)).base64EncodedString()
    return pinnedKeyHashes.contains(hash) // pinscan-expect: PIN380
}

final class PinnedDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if let trust = challenge.protectionSpace.serverTrust, serverKeyIsPinned(trust) {
            completionHandler(.performDefaultHandling, nil)
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

// Negative: the delegate only performs the default handling.
final class DefaultDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        logChallenge(challenge) // pinscan-negative: PIN111, PIN380
        completionHandler(.performDefaultHandling, nil)
    }

    func logChallenge(_ challenge: URLAuthenticationChallenge) {
        print("challenge for \(challenge.protectionSpace.host)")
    }
}
