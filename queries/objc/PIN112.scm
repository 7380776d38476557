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

; One finding per pin: the domain, kTSKEnforcePinning and init lines below are reported
; only when no hash of their configuration is (no literal kTSKPublicKeyHashes array in the
; domain's dictionary, e.g. hashes held in a variable or built at run time).

; TrustKit: each pinned domain of kTSKPinnedDomains without a literal hash array.
(dictionary_pair
  (identifier) @_k
  (dictionary_literal (dictionary_pair
    .
    (string_literal (string_content) @pin.value) @pin
    .
    (_) @_body))
  (#eq? @_k "kTSKPinnedDomains")
  (#not-match? @_body "kTSKPublicKeyHashes\\s*:\\s*@\\["))

; TrustKit: kTSKEnforcePinning: @YES / YES / @(YES), in a domain without a literal hash array.
((dictionary_literal
  (dictionary_pair
    (identifier) @_k @pin @pin.value
    .
    (_) @_v)) @_body
  (#eq? @_k "kTSKEnforcePinning")
  (#match? @_v "^@?\\(?(YES|true|1)\\)?$")
  (#not-match? @_body "kTSKPublicKeyHashes\\s*:\\s*@\\["))

; [TrustKit initSharedInstanceWithConfiguration:...] with a configuration built at run time
; or written inline without hashes. A plain variable (config, _config, self.config) is not
; reported: its dictionary is written elsewhere and reported by its hashes or domains.
; Gap: a variable loaded from a plist or the network is then not reported at the init.
((message_expression
  method: (identifier) @_m
  .
  (_) @pin.value) @pin
  (#eq? @_m "initSharedInstanceWithConfiguration")
  (#not-match? @pin.value "^[A-Za-z_][A-Za-z0-9_.]*$")
  (#not-match? @pin.value "kTSKPublicKeyHashes\\s*:\\s*@\\["))
