;; gate: allowInvalidCertificates validatesDomainName DisabledTrustEvaluator DisabledEvaluator urlSession
;; gate: SSL_CTX_set_verify SSL_set_verify
;; Why this gate: each pattern pins one of these names with #eq? / #any-of?.
;
; Function declarations are written `(_ name: ... body: ...)` with a climb that checks the
; kind (`#pinscan-up! @pin.start "function_declaration:name:"`, exact): tree-sitter's
; analysis of a `function_declaration` step with children costs about 100 ms per pattern in
; the Swift grammar, a wildcard parent none.

;; PIN501 (tls-verification-disabled), Swift (tree-sitter-swift 0.7).
;; Not findings: allowInvalidCertificates = false, validatesDomainName = true (the defaults),
;; DefaultTrustEvaluator(), and a challenge handler that evaluates the trust
;; (SecTrustEvaluate / SecTrustEvaluateWithError / SecTrustEvaluateAsync...) or inspects the
;; certificate or key (that is PIN111) before answering .useCredential.

; AFNetworking: policy.allowInvalidCertificates = true / policy.validatesDomainName = false.
((assignment
  target: (directly_assignable_expression (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_prop)))
  result: (boolean_literal) @_v) @pin @pin.value
  (#any-of? @_prop "allowInvalidCertificates" "validatesDomainName")
  (#match? @pin.value "allowInvalidCertificates\\s*=\\s*true|validatesDomainName\\s*=\\s*false"))

; Alamofire: DisabledTrustEvaluator() (5.x) / DisabledEvaluator() (4.x, .disableEvaluation).
((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_fn))
  ]) @pin @pin.value
  (#any-of? @_fn "DisabledTrustEvaluator" "DisabledEvaluator"))

; urlSession(_:didReceive:completionHandler:) that answers
; completionHandler(.useCredential, URLCredential(trust: serverTrust)) without evaluating it.
((_
  name: (simple_identifier) @pin.start @pin.value
  (parameter external_name: (simple_identifier) @_label)
  body: (function_body) @_body) @pin
  (#eq? @pin.start "urlSession")
  (#eq? @_label "didReceive")
  (#match? @_body "\\.useCredential\\s*,\\s*URLCredential\\s*\\(\\s*trust\\s*:")
  (#not-match? @_body "SecTrustEvaluate|SecCertificateCopy|SecTrustCopy|SecKeyCopy|SecTrustGetCertificate|pinningValidator")
  (#pinscan-up! @pin.start "function_declaration:name:"))

; OpenSSL called from Swift (server-side Swift, Linux): SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nil)
; or SSL_set_verify(ssl, SSL_VERIFY_NONE, nil). SSL_VERIFY_PEER stays silent.
((call_expression
  (simple_identifier) @_fn
  (call_suffix (value_arguments . (value_argument) . (value_argument value: (_) @pin.value)))) @pin
  (#match? @_fn "^(SSL_CTX_set_verify|SSL_set_verify)$")
  (#match? @pin.value "^(SSL_VERIFY_NONE|0|Int32\\(SSL_VERIFY_NONE\\))$"))
