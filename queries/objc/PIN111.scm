;; gate: didReceiveChallenge handleChallenge
;; Why this gate: the delegate pattern pins the selector part didReceiveChallenge, the
;; TrustKit pattern the method handleChallenge, each with #eq?.

;; PIN111 (custom-certificate-verification), Objective-C (tree-sitter-objc 3.0).
;; A URLSession:didReceiveChallenge:completionHandler: (or URLSession:task:didReceiveChallenge:...)
;; delegate method whose body reads the certificate or key (SecCertificateCopyData,
;; SecTrustCopyPublicKey / SecTrustCopyKey / SecCertificateCopyKey,
;; SecKeyCopyExternalRepresentation, SecCertificateCopySubjectSummary, ...) and compares:
;; a variable named like a hash / key / data / pin / subject compared with == / != (not with
;; nil / NULL or a number), isEqual: / isEqualToData: / isEqualToString:, containsObject:.
;; The body is matched as text (a query has no descendant operator).
;; TrustKit: [validator handleChallenge:challenge completionHandler:handler] decides by its pins.

((method_definition
  (identifier) @_sel @pin.start @pin.value
  (compound_statement) @_body) @pin
  (#eq? @_sel "didReceiveChallenge")
  (#match? @_body "\\b(SecCertificateCopyData|SecTrustCopyPublicKey|SecCertificateCopyKey|SecTrustCopyKey|SecKeyCopyExternalRepresentation|SecCertificateCopySubjectSummary|SecCertificateCopyCommonName|SecCertificateCopySerialNumberData|SecCertificateCopyNormalizedSubjectSequence|SecCertificateCopyNormalizedIssuerSequence)\\b")
  (#match? @_body "\\b\\w*(?i:hash|key|data|pin|fingerprint|spki|summary|subject|serial|issuer|der)\\w*\\s*(==|!=)\\s*([^nN\\s\\d]|[nN][^iIuU])|(==|!=)\\s*[\\w.]*(?i:hash|key|pin|fingerprint|spki|summary|subject|serial|issuer)\\w*\\b|\\b\\w*(?i:pin|hash|key|fingerprint|trusted|allowed|known|expected)\\w*\\s*\\.contains\\(|\\.contains\\(\\s*[\\w.]*(?i:hash|key|data|fingerprint|summary|subject|serial)|\\bisEqual(To(Data|String))?\\s*[:(]|\\bcontainsObject\\s*:|\\.elementsEqual\\("))

((message_expression
  method: (identifier) @_m @pin.value) @pin
  (#eq? @_m "handleChallenge"))
