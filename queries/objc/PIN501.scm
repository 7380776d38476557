;; gate: allowInvalidCertificates validatesDomainName setAllowInvalidCertificates setValidatesDomainName didReceiveChallenge
;; Why this gate: each pattern pins one of these names with #eq? / #any-of?.

;; PIN501 (tls-verification-disabled), Objective-C (tree-sitter-objc 3.0).
;; Not findings: allowInvalidCertificates = NO, validatesDomainName = YES (the defaults), and
;; a challenge handler that evaluates the trust (SecTrustEvaluate...) or inspects the
;; certificate or key (that is PIN111) before answering NSURLSessionAuthChallengeUseCredential.

; AFNetworking: policy.allowInvalidCertificates = YES / policy.validatesDomainName = NO.
((assignment_expression
  left: (field_expression field: (field_identifier) @_f)
  right: (_) @_v) @pin @pin.value
  (#any-of? @_f "allowInvalidCertificates" "validatesDomainName")
  (#match? @pin.value "allowInvalidCertificates\\s*=\\s*(YES|true|1)\\s*$|validatesDomainName\\s*=\\s*(NO|false|0)\\s*$"))

; [policy setAllowInvalidCertificates:YES] / [policy setValidatesDomainName:NO].
((message_expression
  method: (identifier) @_m
  .
  (_) @_v) @pin @pin.value
  (#any-of? @_m "setAllowInvalidCertificates" "setValidatesDomainName")
  (#match? @pin.value "setAllowInvalidCertificates\\s*:\\s*(YES|true|1)\\s*\\]|setValidatesDomainName\\s*:\\s*(NO|false|0)\\s*\\]"))

; URLSession:didReceiveChallenge:completionHandler: answering
; completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:...])
; without evaluating the trust.
((method_definition
  (identifier) @_sel @pin.start @pin.value
  (compound_statement) @_body) @pin
  (#eq? @_sel "didReceiveChallenge")
  (#match? @_body "NSURLSessionAuthChallengeUseCredential\\s*,\\s*\\[\\s*(NSURLCredential\\s+credentialForTrust|\\[\\s*NSURLCredential\\s+alloc\\s*\\]\\s+initWithTrust)\\s*:")
  (#not-match? @_body "SecTrustEvaluate|SecCertificateCopy|SecTrustCopy|SecKeyCopy|SecTrustGetCertificate|handleChallenge"))
