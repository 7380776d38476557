#import <CommonCrypto/CommonDigest.h>
#import <Foundation/Foundation.h>
#import <Security/Security.h>
#import <TrustKit/TrustKit.h>

@implementation KeyPinningDelegate

// Compares the SHA-256 of the server key with stored hashes.
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
  completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    SecTrustRef serverTrust = challenge.protectionSpace.serverTrust;
    SecKeyRef key = SecTrustCopyKey(serverTrust);
    NSData *keyData = (__bridge_transfer NSData *)SecKeyCopyExternalRepresentation(key, NULL);
    NSString *keyHash = [self sha256Base64:keyData];
    if ([self.pinnedKeyHashes containsObject:keyHash]) { // pinscan-expect: PIN111
        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:serverTrust]);
    } else {
        completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
    }
}

@end

@implementation LeafCompareDelegate

- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
  completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    SecTrustRef trust = challenge.protectionSpace.serverTrust;
    SecCertificateRef leaf = (__bridge SecCertificateRef)[(__bridge_transfer NSArray *)SecTrustCopyCertificateChain(trust) firstObject];
    NSData *leafData = (__bridge_transfer NSData *)SecCertificateCopyData(leaf);
    if ([leafData isEqualToData:self.expectedCertificate]) { // pinscan-expect: PIN111
        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
        return;
    }
    completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
}

@end

@implementation AcceptAllDelegate

- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge // pinscan-expect: PIN501
  completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    completionHandler(NSURLSessionAuthChallengeUseCredential,
                      [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);
}

@end

@implementation EvaluatingDelegate

// Evaluates the trust and logs the subject: neither custom verification nor disabled.
- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge // pinscan-negative: PIN111, PIN501
  completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    SecTrustRef trust = challenge.protectionSpace.serverTrust;
    if (!SecTrustEvaluateWithError(trust, NULL)) {
        completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);
        return;
    }
    SecCertificateRef leaf = SecTrustGetCertificateAtIndex(trust, 0);
    NSString *summary = (__bridge_transfer NSString *)SecCertificateCopySubjectSummary(leaf);
    NSLog(@"connected to %@", summary);
    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
}

@end

@implementation TrustKitDelegate

- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge // pinscan-negative: PIN501
  completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    TSKPinningValidator *validator = [[TrustKit sharedInstance] pinningValidator];
    if (![validator handleChallenge:challenge completionHandler:completionHandler]) { // pinscan-expect: PIN111
        completionHandler(NSURLSessionAuthChallengePerformDefaultHandling, nil);
    }
}

@end

@implementation AnchorEvaluator

- (BOOL)evaluate:(SecTrustRef)trust withRoot:(SecCertificateRef)root {
    NSArray *anchors = @[ (__bridge id)root ];
    SecTrustSetAnchorCertificates(trust, (__bridge CFArrayRef)anchors); // pinscan-expect: PIN312
    return SecTrustEvaluateWithError(trust, NULL);
}

- (BOOL)evaluateStatus:(SecTrustRef)trust anchors:(NSArray *)anchors {
    OSStatus status = SecTrustSetAnchorCertificates(trust, (__bridge CFArrayRef)anchors); // pinscan-expect: PIN312
    return status == errSecSuccess && SecTrustEvaluateWithError(trust, NULL);
}

// Private CA added next to the system anchors.
- (BOOL)evaluateExtended:(SecTrustRef)trust withRoot:(SecCertificateRef)root {
    SecTrustSetAnchorCertificates(trust, (__bridge CFArrayRef)@[ (__bridge id)root ]); // pinscan-negative: PIN312
    SecTrustSetAnchorCertificatesOnly(trust, NO);
    return SecTrustEvaluateWithError(trust, NULL);
}

// Not the Security function.
- (void)logAnchors { NSLog(@"SecTrustSetAnchorCertificates not used"); } // pinscan-negative: PIN312

@end
