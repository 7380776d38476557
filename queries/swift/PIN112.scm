;; gate: PinnedCertificatesTrustEvaluator PublicKeysTrustEvaluator AFSecurityPolicy pinnedCertificates
;; gate: kTSKPinnedDomains kTSKPublicKeyHashes kTSKEnforcePinning initSharedInstance
;; Why this gate: every pattern pins one of these names with #eq? / #any-of? (the AFSecurityPolicy
;; pattern pins the type name, the TrustKit key patterns the kTSK constant, the init pattern the
;; method name).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN112 (ios-pinning-library), Swift (tree-sitter-swift 0.7): pinning configured through
;; Alamofire, AFNetworking or TrustKit.
;;
;; Not findings: DefaultTrustEvaluator / RevocationTrustEvaluator (platform validation),
;; AFSecurityPolicy(pinningMode: .none) / AFSecurityPolicy.default(), kTSKEnforcePinning: false
;; (TrustKit then only reports pin failures), TrustKit configuration keys in comments.
;; Gap: a ServerTrustManager entry whose evaluator is held in a variable is reported where the
;; variable is created (the evaluator call), not at the entry.

; Alamofire: PinnedCertificatesTrustEvaluator(...) / PublicKeysTrustEvaluator(...), bare or
; qualified (Alamofire.PublicKeysTrustEvaluator), inline in ServerTrustManager(evaluators:)
; or in a variable.
((call_expression
  [
    (simple_identifier) @_fn
    (_ suffix: (_ suffix: (simple_identifier) @_fn))
  ] @pin.value) @pin
  (#any-of? @_fn "PinnedCertificatesTrustEvaluator" "PublicKeysTrustEvaluator"))

; AFNetworking from Swift: AFSecurityPolicy(pinningMode: .certificate / .publicKey, ...).
((call_expression
  [
    (simple_identifier) @_type
    (navigation_expression target: (simple_identifier) @_type)
  ]
  (call_suffix (value_arguments . (_
    name: (value_argument_label (simple_identifier) @_label)
    value: [
      (prefix_expression target: (simple_identifier) @pin.value)
      (_ suffix: (_ suffix: (simple_identifier) @pin.value))
    ])))) @pin
  (#eq? @_type "AFSecurityPolicy")
  (#eq? @_label "pinningMode")
  (#any-of? @pin.value "certificate" "publicKey"))

; policy.pinnedCertificates = certs (AFNetworking).
((_
  target: (directly_assignable_expression (_
    suffix: (_ suffix: (simple_identifier) @_prop)))
  result: (_) @pin.value) @pin
  (#eq? @_prop "pinnedCertificates"))

; TrustKit: each kTSKPublicKeyHashes entry (a literal or a constant, resolved in the file).
(dictionary_literal
  key: (_) @_k
  .
  value: (array_literal element: [
    (line_string_literal text: (line_str_text) @pin.value)
    (simple_identifier) @pin.value
  ] @pin)
  (#match? @_k "^kTSKPublicKeyHashes$"))

; One finding per pin: the domain, kTSKEnforcePinning and init lines below are reported
; only when no hash of their configuration is (no literal kTSKPublicKeyHashes array in the
; domain's dictionary, e.g. hashes held in a variable or built at run time).

; TrustKit: each pinned domain of kTSKPinnedDomains without a literal hash array.
(dictionary_literal
  key: (_) @_k
  .
  value: (_
    key: (line_string_literal text: (line_str_text) @pin.value) @pin
    .
    value: (_) @_body)
  (#match? @_k "^kTSKPinnedDomains$")
  (#not-match? @_body "kTSKPublicKeyHashes\\s*:\\s*\\["))

; TrustKit: kTSKEnforcePinning: true, in a domain without a literal hash array.
((dictionary_literal
  key: (_) @_k @pin @pin.value
  .
  value: (boolean_literal) @_v) @_body
  (#match? @_k "^kTSKEnforcePinning$")
  (#eq? @_v "true")
  (#not-match? @_body "kTSKPublicKeyHashes\\s*:\\s*\\["))

; TrustKit.initSharedInstance(withConfiguration: ...[, sharedContainerIdentifier: ...]) with a
; configuration built at run time or written inline without hashes. A plain variable (config,
; self.config) is not reported: its dictionary is written elsewhere and reported by its hashes
; or domains. Gap: a variable loaded from a plist or the network is then not reported here.
((call_expression
  (_ suffix: (_ suffix: (simple_identifier) @_fn))
  (call_suffix (value_arguments . (_
    name: (value_argument_label (simple_identifier) @_label)
    value: (_) @pin.value)))) @pin
  (#eq? @_fn "initSharedInstance")
  (#eq? @_label "withConfiguration")
  (#not-match? @pin.value "^[A-Za-z_][A-Za-z0-9_.]*$")
  (#not-match? @pin.value "kTSKPublicKeyHashes\\s*:\\s*\\["))
