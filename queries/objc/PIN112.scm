;; gate: AFSecurityPolicy pinnedCertificates setPinnedCertificates
;; gate: kTSKPinnedDomains kTSKPublicKeyHashes kTSKEnforcePinning initSharedInstanceWithConfiguration
;; Why this gate: every pattern pins one of these names with #eq? / #any-of?.

;; PIN112 (ios-pinning-library), Objective-C (tree-sitter-objc 3.0): pinning configured
;; through AFNetworking or TrustKit.
;; Not findings: AFSSLPinningModeNone / [AFSecurityPolicy defaultPolicy],
;; kTSKEnforcePinning: @NO (TrustKit then only reports pin failures), keys in comments.

; [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeCertificate|PublicKey ...].
((message_expression
  receiver: (identifier) @_recv
  method: (identifier) @_m
  .
  (identifier) @pin.value) @pin
  (#eq? @_recv "AFSecurityPolicy")
  (#eq? @_m "policyWithPinningMode")
  (#any-of? @pin.value "AFSSLPinningModeCertificate" "AFSSLPinningModePublicKey"))

; policy.pinnedCertificates = certs / [policy setPinnedCertificates:certs].
((assignment_expression
  left: (field_expression field: (field_identifier) @_f)
  right: (_) @pin.value) @pin
  (#eq? @_f "pinnedCertificates"))

((message_expression
  method: (identifier) @_m
  .
  (_) @pin.value) @pin
  (#eq? @_m "setPinnedCertificates"))

; TrustKit: each kTSKPublicKeyHashes entry (a literal or a constant, resolved in the file).
(dictionary_pair
  (identifier) @_k
  (array_literal [
    (string_literal (string_content) @pin.value)
    (identifier) @pin.value
  ] @pin)
  (#eq? @_k "kTSKPublicKeyHashes"))

; TrustKit: each pinned domain of kTSKPinnedDomains.
(dictionary_pair
  (identifier) @_k
  (dictionary_literal (dictionary_pair . (string_literal (string_content) @pin.value) @pin))
  (#eq? @_k "kTSKPinnedDomains"))

; TrustKit: kTSKEnforcePinning: @YES / YES / @(YES).
(dictionary_pair
  (identifier) @_k @pin @pin.value
  .
  (_) @_v
  (#eq? @_k "kTSKEnforcePinning")
  (#match? @_v "^@?\\(?(YES|true|1)\\)?$"))

; [TrustKit initSharedInstanceWithConfiguration:config].
((message_expression
  method: (identifier) @_m
  .
  (_) @pin.value) @pin
  (#eq? @_m "initSharedInstanceWithConfiguration"))
